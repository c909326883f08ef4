-- A link's page lists its payments newest first, 50 a page, by keyset on (created_at, payment_id): the index carries
-- the whole key so that a page starts where the previous one ended without reading the rows before it.
create index payment_link_payment_keyset_idx on payment_link_payment (link_id, created_at, payment_id);
drop index payment_link_payment_link_idx;
