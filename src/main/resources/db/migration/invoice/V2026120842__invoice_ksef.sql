-- An invoice sent to KSeF: OFFLINE from the moment it is handed over until KSeF gives it its number (ACCEPTED), or
-- REJECTED with KSeF's reason. Null for an invoice that does not go to KSeF.
alter table invoice
    add column ksef_state  varchar(10) check (ksef_state in ('OFFLINE', 'ACCEPTED', 'REJECTED')),
    add column ksef_number varchar(40),
    add column ksef_error  varchar(1000);
