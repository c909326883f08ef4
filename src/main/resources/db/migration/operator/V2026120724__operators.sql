-- The gateway's operators: their own accounts, never merchant users, signing in to /operator only.
create table operator_account (
    id            uuid primary key,
    email         varchar(254) not null unique,
    name          varchar(200) not null,
    password_hash text         not null,
    created_at    timestamptz  not null
);

-- Every operator action: who, when, what (the action and its subject, e.g. a merchant or shop id) and details.
create table operator_action (
    id          bigserial primary key,
    operator_id uuid         not null references operator_account (id),
    action      varchar(40)  not null,
    subject     varchar(100) not null,
    details     varchar(1000),
    occurred_at timestamptz  not null
);
create index operator_action_subject_idx on operator_action (subject, id desc);
