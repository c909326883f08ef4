-- Webhook notifications (imoje-compat.md §4). A row is written in the database transaction of the status change it
-- tells about, so it exists exactly when the change committed. Rows of one stream (a transaction, or a payment for
-- payment-only changes) are sent one at a time in id order; the dispatcher claims due rows with SKIP LOCKED and a
-- lease, so several nodes share the work and a crashed node's rows are taken over when their lease runs out.
create table notification (
    id              bigserial    primary key,
    public_id       uuid         not null unique,
    merchant_id     uuid         not null references merchant (id),
    service_id      uuid         not null references shop (service_id),
    stream_id       uuid         not null,
    payment_id      uuid         references payment (id),
    transaction_id  uuid         references payment_transaction (id),
    kind            varchar(6)   not null check (kind in ('STATUS', 'RESEND', 'REPLAY', 'TEST')),
    copy_of         bigint       references notification (id),
    event_status    varchar(10)  not null,
    url             text         not null,
    url_source      varchar(11)  not null check (url_source in ('TRANSACTION', 'SHOP')),
    url_host        varchar(300) not null,
    body            bytea        not null,
    status          varchar(10)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED', 'SUPERSEDED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    lease_until     timestamptz,
    last_outcome    varchar(15),
    last_http_status int,
    created_at      timestamptz  not null,
    finished_at     timestamptz
);
create index notification_due_idx on notification (next_attempt_at, id) where status = 'PENDING';
create index notification_stream_idx on notification (stream_id, id) where status = 'PENDING';
create index notification_leased_host_idx on notification (url_host, lease_until) where status = 'PENDING';
create index notification_transaction_idx on notification (transaction_id, id) where transaction_id is not null;
create index notification_shop_idx on notification (service_id, id desc);
create index notification_shop_created_idx on notification (service_id, created_at) where kind = 'STATUS';

-- One row per attempt; the primary key makes a second start of the same attempt impossible.
create table notification_attempt (
    notification_id  bigint       not null references notification (id),
    attempt_no       int          not null,
    node             varchar(100) not null,
    url              text         not null,
    started_at       timestamptz  not null,
    finished_at      timestamptz,
    outcome          varchar(15)  check (outcome in ('DELIVERED', 'HTTP_ERROR', 'TIMEOUT', 'CONNECT_ERROR',
                                                     'REFUSED_ADDRESS', 'INTERRUPTED')),
    http_status      int,
    duration_ms      int,
    error            varchar(300),
    response_excerpt varchar(300),
    next_attempt_at  timestamptz,
    primary key (notification_id, attempt_no)
);
