-- A merchant's KSeF choices. The token is sealed (pl.bramka.secret, bound to this table, column and merchant);
-- token_hint keeps only its last characters, which is all the panel ever shows.
create table ksef_settings (
    merchant_id       uuid        primary key references merchant (id),
    enabled           boolean     not null,
    environment       varchar(10) not null check (environment in ('TEST', 'DEMO', 'PRODUCTION')),
    include_consumers boolean     not null,
    token_sealed      text,
    token_hint        varchar(8),
    updated_at        timestamptz not null
);

-- Invoices handed over for KSeF, written in the transaction that stores the invoice. The sender claims due rows with
-- SKIP LOCKED and a lease (next_attempt_at moves past the lease), so nodes share the work and a crashed node's row
-- is taken over. xml holds the exact bytes the invoice module generated; they are what is encrypted and hashed.
create table ksef_submission (
    invoice_id          uuid        primary key,
    merchant_id         uuid        not null references merchant (id),
    xml                 bytea       not null,
    state               varchar(10) not null check (state in ('QUEUED', 'SENT', 'ACCEPTED', 'REJECTED', 'RETRYING')),
    attempts            int         not null default 0,
    next_attempt_at     timestamptz,
    error               text,
    session_reference   varchar(60),
    invoice_reference   varchar(60),
    ksef_number         varchar(40),
    upo                 bytea,
    created_at          timestamptz not null,
    finished_at         timestamptz
);
create index ksef_submission_due_idx on ksef_submission (next_attempt_at)
    where state in ('QUEUED', 'RETRYING', 'SENT');
create unique index ksef_submission_merchant_idx on ksef_submission (merchant_id, invoice_id);
