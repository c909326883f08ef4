-- Four-eyes refunds: per merchant and currency, a refund of at least the threshold waits for a second person.
create table refund_approval_rule (
    merchant_id uuid    not null references merchant (id),
    currency    char(3) not null,
    threshold   bigint  not null check (threshold > 0),
    updated_by  uuid references user_account (id),
    updated_at  timestamptz,
    primary key (merchant_id, currency)
);

-- A refund waiting for approval. The form token makes a double submit one request; the requester can never be the
-- one who decides, whatever the application does.
create table refund_request (
    id           uuid primary key,
    merchant_id  uuid         not null references merchant (id),
    sale_id      uuid         not null references payment_transaction (id),
    amount       bigint       not null check (amount > 0),
    currency     char(3)      not null,
    title        varchar(255) not null default '',
    status       varchar(9)   not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'FAILED')),
    form_token   varchar(64)  not null,
    requested_by uuid         not null references user_account (id),
    requested_at timestamptz  not null,
    decided_by   uuid references user_account (id),
    decided_at   timestamptz,
    refund_id    uuid references payment_transaction (id),
    failure      varchar(40),
    check (decided_by is null or decided_by <> requested_by)
);
create index refund_request_pending_idx on refund_request (merchant_id, requested_at desc) where status = 'PENDING';
create unique index refund_request_sale_idx on refund_request (sale_id, form_token);
