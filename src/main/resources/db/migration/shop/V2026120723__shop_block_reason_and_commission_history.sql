-- Why the operator blocked a shop, shown in the merchant's panel.
alter table shop add column blocked_reason varchar(300);

-- Every change of the default commission table: who (an operator), when, old and new values.
create table commission_default_change (
    id              bigserial primary key,
    method_code     varchar(30) not null references commission_default (method_code),
    currency        char(3)     not null,
    old_percent_bp  integer,
    new_percent_bp  integer     not null,
    old_fixed_fee   bigint,
    new_fixed_fee   bigint      not null,
    changed_by      uuid        not null,
    changed_at      timestamptz not null
);
create index commission_default_change_idx on commission_default_change (changed_at desc, id desc);
