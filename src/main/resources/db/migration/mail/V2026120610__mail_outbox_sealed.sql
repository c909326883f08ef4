-- Subjects and bodies are sealed at rest (pl.bramka.secret.SecretBox, bound to their row), so a copy of the table
-- holds no live reset or invitation link. Rows written before this, or by a node of the previous version during a
-- rolling update, are plain text (sealed = false) until pl.bramka.mail.MailHousekeeping seals them; a sealed value is
-- longer than its text, hence text for the subject.
alter table mail_outbox alter column subject type text;
alter table mail_outbox add column sealed boolean not null default false;
create index mail_outbox_plain_idx on mail_outbox (id) where not sealed;

-- A message's body is dropped (null) once the retention after its sending has passed; the row stays as the record.
alter table mail_outbox alter column body drop not null;
create index mail_outbox_retained_body_idx on mail_outbox (coalesce(sent_at, created_at))
    where body is not null and status <> 'PENDING';
