-- Every change of a user account made in the panel: who, when, which field, old and new value.
create table user_change (
    id         bigserial primary key,
    user_id    uuid        not null references user_account (id),
    field      varchar(40) not null,
    old_value  varchar(300),
    new_value  varchar(300),
    changed_by uuid references user_account (id),
    changed_at timestamptz not null default now()
);
create index user_change_user_idx on user_change (user_id, changed_at desc, id desc);
