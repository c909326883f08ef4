-- Messages sent with the contact form; the attachment (PDF, PNG or JPEG up to 5 MB, checked by content) is kept
-- with its message for the support team.
create table contact_message (
    id              uuid primary key,
    merchant_id     uuid          not null references merchant (id),
    user_id         uuid          not null references user_account (id),
    topic           varchar(20)   not null check (topic in ('BUSINESS', 'TECHNICAL', 'PAYOUTS', 'ACCOUNT', 'OTHER')),
    message         varchar(5000) not null,
    attachment_name varchar(200),
    attachment_type varchar(40),
    attachment      bytea,
    created_at      timestamptz   not null,
    check ((attachment is null) = (attachment_name is null))
);
-- "My messages": a user's own, newest first, in keyset pages
create index contact_message_user_idx on contact_message (merchant_id, user_id, created_at desc, id desc);
