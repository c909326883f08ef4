-- What the operator records when onboarding a merchant, and whether the operator blocked it. Merchants registered
-- before (the demo merchant) have no company data yet.
alter table merchant
    add column nip            char(10),
    add column regon          varchar(14),
    add column address        varchar(300),
    add column status         varchar(10) not null default 'ACTIVE' check (status in ('ACTIVE', 'BLOCKED')),
    add column blocked_reason varchar(300);
create unique index merchant_nip_idx on merchant (nip) where nip is not null;
create index merchant_created_idx on merchant (created_at desc, id desc);
