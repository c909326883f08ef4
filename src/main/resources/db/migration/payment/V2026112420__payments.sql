-- A payment is what a payer is asked to pay (imoje's "payment"): one paywall form, payment link or API order.
-- Each try to pay it with a method is a transaction; refunds are transactions too, linked to their sale.
create table payment (
    id                     uuid primary key,
    merchant_id            uuid         not null references merchant (id),
    service_id             uuid         not null references shop (service_id),
    source                 varchar(3)   not null check (source in ('api', 'web')),
    status                 varchar(10)  not null
        check (status in ('new', 'pending', 'authorized', 'settled', 'rejected', 'cancelled', 'error')),
    amount                 bigint       not null check (amount between 1 and 999999999),
    currency               char(3)      not null,
    order_id               varchar(100) not null,
    title                  varchar(255) not null default '',
    additional_description varchar(255),
    customer_first_name    varchar(100),
    customer_last_name     varchar(100),
    customer_email         varchar(200),
    customer_phone         varchar(20),
    billing                jsonb,
    shipping               jsonb,
    url_success            varchar(300),
    url_failure            varchar(300),
    url_return             varchar(300),
    notification_url       varchar(300),
    -- null shows every method the shop has; otherwise imoje's paymentMethod names (card, pbl, blik, ...)
    visible_methods        text[],
    preselect_method_code  varchar(20),
    lang                   varchar(2),
    -- null: payable without a time limit
    valid_to               timestamptz,
    created_at             timestamptz  not null,
    modified_at            timestamptz  not null
);
create index payment_merchant_idx on payment (merchant_id, created_at desc);
create index payment_unpaid_validity_idx on payment (valid_to) where status in ('new', 'pending');

create table payment_transaction (
    id                      uuid primary key,
    payment_id              uuid         not null references payment (id),
    merchant_id             uuid         not null references merchant (id),
    service_id              uuid         not null references shop (service_id),
    type                    varchar(6)   not null check (type in ('sale', 'refund')),
    status                  varchar(10)  not null
        check (status in ('new', 'pending', 'authorized', 'settled', 'rejected', 'cancelled', 'error')),
    source                  varchar(3)   not null check (source in ('api', 'web')),
    amount                  bigint       not null check (amount between 1 and 999999999),
    currency                char(3)      not null,
    order_id                varchar(100) not null,
    title                   varchar(255) not null default '',
    payment_method          varchar(30)  not null,
    payment_method_code     varchar(30)  not null,
    notification_url        varchar(300),
    -- a refund's sale
    sale_id                 uuid references payment_transaction (id),
    status_code             varchar(24),
    status_code_description varchar(113),
    blik_transaction_id     varchar(40),
    -- stored when a sale settles, from the shop's commission on the method at that moment
    commission              bigint,
    valid_to                timestamptz,
    -- the Idempotency-Key of the API request that created the transaction, with a digest of that request
    idempotency_key         varchar(255),
    idempotency_digest      char(64),
    created_at              timestamptz  not null,
    modified_at             timestamptz  not null,
    check ((type = 'refund') = (sale_id is not null))
);
create index payment_transaction_merchant_idx on payment_transaction (merchant_id, created_at desc, id desc);
create index payment_transaction_payment_idx on payment_transaction (payment_id, created_at);
create index payment_transaction_sale_idx on payment_transaction (sale_id) where sale_id is not null;
create unique index payment_transaction_idempotency_idx on payment_transaction (service_id, idempotency_key)
    where idempotency_key is not null;

-- The timeline: every status a transaction took, written in the same database transaction as the change.
create table transaction_status_change (
    id             bigserial primary key,
    transaction_id uuid        not null references payment_transaction (id),
    from_status    varchar(10),
    to_status      varchar(10) not null,
    event          varchar(12) not null,
    status_code    varchar(24),
    occurred_at    timestamptz not null
);
create index transaction_status_change_idx on transaction_status_change (transaction_id, id);
