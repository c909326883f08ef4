-- A change of a shop's IBAN waits here until it takes effect; shop.iban stays the IBAN in force (payouts read it).
-- It takes effect when another Representative confirms it, or, where the merchant had a single Representative when
-- it was asked for, at effective_at (24 hours later) unless it was rejected by then. new_iban null removes the IBAN.
create table shop_iban_change (
    id           uuid primary key,
    service_id   uuid        not null references shop (service_id),
    merchant_id  uuid        not null references merchant (id),
    old_iban     varchar(34),
    new_iban     varchar(34),
    requested_by uuid        not null references user_account (id),
    requested_at timestamptz not null,
    effective_at timestamptz,
    status       varchar(10) not null check (status in ('PENDING', 'APPLIED', 'REJECTED', 'SUPERSEDED')),
    decided_by   uuid references user_account (id),
    decided_at   timestamptz
);
-- At most one change of a shop waits at a time; a newer request supersedes it.
create unique index shop_iban_change_pending_idx on shop_iban_change (service_id) where status = 'PENDING';
-- The job that applies changes whose 24 hours have passed.
create index shop_iban_change_due_idx on shop_iban_change (effective_at) where status = 'PENDING';
