-- Settlement: what a shop is owed per currency, paid out once a day after the cut-off.

-- One payout per shop, currency and period (a day that ends at the cut-off). Amounts in minor units; a sale adds, a
-- refund and a commission subtract, a carried balance adds what it was (negative or positive).
create table payout (
    id               uuid primary key,
    merchant_id      uuid        not null references merchant (id),
    service_id       uuid        not null references shop (service_id),
    currency         char(3)     not null,
    period           date        not null,
    -- scheduled and sent payouts move money; carried ones were zero, negative or had no IBAN: their balance is an
    -- item of a later payout instead
    status           varchar(10) not null check (status in ('scheduled', 'sent', 'returned', 'carried')),
    sales_amount     bigint      not null,
    refunds_amount   bigint      not null,
    commission       bigint      not null,
    carried_amount   bigint      not null,
    amount           bigint      not null,
    -- the shop's IBAN when the payout was made; null when it had none
    iban             varchar(34),
    created_at       timestamptz not null,
    sent_at          timestamptz,
    returned_at      timestamptz,
    unique (service_id, currency, period),
    check (status = 'carried' or (amount > 0 and iban is not null))
);
create index payout_merchant_idx on payout (merchant_id, period desc, id desc);
create index payout_all_idx on payout (period desc, id desc);

-- Every settled transaction becomes an item when it settles, and so does a carried or returned balance; a run
-- gives the items of a shop and currency that wait (payout_id null) to that period's payout. One item per
-- transaction, so every transaction is in exactly one payout.
create table payout_item (
    id             bigserial primary key,
    payout_id      uuid references payout (id),
    merchant_id    uuid        not null references merchant (id),
    service_id     uuid        not null references shop (service_id),
    currency       char(3)     not null,
    kind           varchar(8)  not null check (kind in ('sale', 'refund', 'carried', 'returned')),
    transaction_id uuid unique,
    -- the payout whose balance this item carries forward or brings back
    source_payout  uuid references payout (id),
    -- signed: a sale is positive, a refund negative
    amount         bigint      not null,
    commission     bigint      not null default 0,
    occurred_at    timestamptz not null,
    check ((kind in ('sale', 'refund')) = (transaction_id is not null)),
    check ((kind in ('carried', 'returned')) = (source_payout is not null))
);
create unique index payout_item_source_idx on payout_item (source_payout, kind) where source_payout is not null;
create index payout_item_waiting_idx on payout_item (occurred_at) where payout_id is null;
create index payout_item_payout_idx on payout_item (payout_id, id) where payout_id is not null;

-- The settlement job's runs, one per period: several nodes may start the same run; the row's lock lets one do it.
create table payout_run (
    period       date primary key,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    duration_ms  bigint,
    payouts_made int
);

-- Transactions settled before settlement existed wait for the first run.
insert into payout_item (merchant_id, service_id, currency, kind, transaction_id, amount, commission, occurred_at)
select merchant_id, service_id, currency, type, id, case when type = 'sale' then amount else -amount end,
       case when type = 'sale' then coalesce(commission, 0) else 0 end, modified_at
from payment_transaction
where status = 'settled';
