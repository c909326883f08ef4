-- Wrong passwords typed to reveal or rotate a shop key. Signed in is not enough to see a key, so these attempts
-- are throttled like sign-ins: otherwise a stolen session could guess the password here without any limit.
create table integration_password_failure (
    user_id   uuid        not null references user_account (id),
    failed_at timestamptz not null
);
create index integration_password_failure_user_idx on integration_password_failure (user_id, failed_at);

-- A case-insensitive duplicate address in one shop's list is refused by the form; the index makes it a rule.
create unique index shop_notification_email_unique_idx on shop_notification_email (service_id, lower(email));
