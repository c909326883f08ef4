-- Every outgoing e-mail is written here in the transaction that decided to send it, then delivered by a worker
-- (SMTP when configured) or kept as 'LOCAL' for the demo-mode mail page.
create table mail_outbox (
    id              bigserial primary key,
    recipient       varchar(254) not null,
    subject         varchar(300) not null,
    body            text         not null,
    status          varchar(10)  not null check (status in ('PENDING', 'SENT', 'FAILED', 'LOCAL')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error      varchar(1000),
    created_at      timestamptz  not null default now(),
    sent_at         timestamptz
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_recipient_idx on mail_outbox (lower(recipient), id);
