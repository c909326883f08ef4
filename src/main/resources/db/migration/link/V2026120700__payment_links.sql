-- A payment link. One-time and API links stand for exactly one payment, opened with the link, so the payment's own
-- row lock decides who pays it (at most once). A reusable (EasySell) link opens one payment per payer, under this
-- row's lock, which also guards its limit of uses. API links have no page of their own (code is null): their payer
-- pays at the payment page the API returned.
create table payment_link (
    id             uuid primary key,
    merchant_id    uuid         not null references merchant (id),
    service_id     uuid         not null references shop (service_id),
    kind           varchar(8)   not null check (kind in ('one_time', 'reusable', 'api')),
    code           varchar(24) unique,
    title          varchar(255) not null,
    description    varchar(255),
    currency       char(3)      not null,
    -- null: the payer types the amount, between amount_min and amount_max
    amount         bigint check (amount between 1 and 999999999),
    amount_min     bigint check (amount_min between 1 and 999999999),
    amount_max     bigint check (amount_max between 1 and 999999999),
    order_id       varchar(100),
    customer_name  varchar(200),
    customer_email varchar(200),
    -- null: every method the shop has; otherwise imoje's paymentMethod names (card, pbl, blik, ...)
    methods        text[],
    use_limit      integer check (use_limit > 0),
    valid_to       timestamptz,
    -- what a reusable link asks its payer for: name, email, phone, address
    payer_fields   text[]       not null default '{}',
    created_by     varchar(200),
    created_at     timestamptz  not null,
    deactivated_at timestamptz,
    check ((kind = 'api') = (code is null)),
    check ((amount is null) = (amount_min is not null and amount_max is not null)),
    check (amount_min is null or amount_min <= amount_max),
    check (kind = 'reusable' or amount is not null)
);
create index payment_link_merchant_idx on payment_link (merchant_id, created_at desc, id desc);

-- The payments made through a link: the single one of a one-time or API link, each payer's of a reusable link.
create table payment_link_payment (
    payment_id uuid primary key references payment (id),
    link_id    uuid        not null references payment_link (id),
    created_at timestamptz not null
);
create index payment_link_payment_link_idx on payment_link_payment (link_id, created_at);
