-- The imoje "invoice" object a shop sent with a payment (buyer and positions), stored with the payment.
create table payment_invoice_request (
    payment_id  uuid primary key references payment (id),
    merchant_id uuid  not null references merchant (id),
    details     jsonb not null
);

-- One invoice per settled sale (VAT) or settled refund (KOR). The row is written as QUEUED in the database
-- transaction of the settlement (it is the outbox), then generated: the number, XML and PDF are stored together.
create table invoice (
    id                   uuid primary key,
    merchant_id          uuid         not null references merchant (id),
    service_id           uuid         not null references shop (service_id),
    transaction_id       uuid         not null unique references payment_transaction (id),
    payment_id           uuid         not null references payment (id),
    corrected_invoice_id uuid references invoice (id),
    kind                 varchar(3)   not null check (kind in ('VAT', 'KOR')),
    state                varchar(10)  not null check (state in ('QUEUED', 'ISSUED', 'EMAILED', 'FAILED')),
    number               varchar(40),
    issue_date           date,
    buyer_name           varchar(300) not null,
    buyer_email          varchar(200),
    buyer_company        boolean      not null default false,
    language             char(2)      not null default 'pl',
    gross                bigint       not null,
    currency             char(3)      not null,
    xml                  bytea,
    pdf                  bytea,
    attempts             int          not null default 0,
    next_attempt_at      timestamptz  not null,
    error                varchar(1000),
    created_at           timestamptz  not null,
    issued_at            timestamptz,
    unique (merchant_id, number)
);
create index invoice_merchant_created_idx on invoice (merchant_id, created_at desc, id desc);
create index invoice_due_idx on invoice (next_attempt_at) where state = 'QUEUED';
create index invoice_corrected_idx on invoice (corrected_invoice_id) where corrected_invoice_id is not null;

-- The last number given in each merchant's series (FV or KOR) and month; locked FOR UPDATE while a number is taken,
-- so numbers are consecutive and never repeat, also when many invoices are generated at once.
create table invoice_counter (
    merchant_id uuid       not null references merchant (id),
    series      varchar(3) not null,
    period      char(7)    not null,
    last_number int        not null,
    primary key (merchant_id, series, period)
);
