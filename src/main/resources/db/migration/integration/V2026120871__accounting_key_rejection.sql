-- The accounting service's last rejection of a shop's ING Księgowość key (or of the data sent with it), shown next to
-- the key in the integration tab until the key changes.
alter table shop add column accounting_key_rejection    text;
alter table shop add column accounting_key_rejected_at timestamptz;
