-- A dispatcher claims several due notifications of one endpoint together and sends them one after another on one
-- of its workers: the rows share a lease slot, and an endpoint's limit of attempts at once counts slots, not rows.
alter table notification add column lease_slot uuid;
