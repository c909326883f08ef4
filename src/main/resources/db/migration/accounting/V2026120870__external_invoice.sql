-- Invoices handed to the shop's external accounting service (ING Księgowość), one per transaction, queued in the
-- transaction that settles the sale and sent by pl.bramka.accounting.ExternalInvoiceSender. The request is the JSON
-- body as the service gets it, without the key: the key is read (and unsealed) only when it is sent.
create table external_invoice (
    id              bigint generated always as identity primary key,
    transaction_id  uuid        not null unique,
    merchant_id     uuid        not null,
    service_id      uuid        not null,
    request         jsonb       not null,
    state           varchar(30) not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz,
    lease_until     timestamptz,
    error           text,
    document_id     varchar(200),
    pdf_url         text,
    created_at      timestamptz not null,
    modified_at     timestamptz not null,
    constraint external_invoice_state_check
        check (state in ('QUEUED', 'CREATED', 'CONFIGURATION_ERROR', 'RETRYING', 'FAILED'))
);
-- The sender's claim reads only the rows still waiting, by the time they are due.
create index external_invoice_due_idx on external_invoice (next_attempt_at)
    where state in ('QUEUED', 'RETRYING');
