create table user_account (
    id              uuid primary key,
    merchant_id     uuid         not null references merchant (id),
    email           varchar(254) not null,
    first_name      varchar(100) not null,
    last_name       varchar(100) not null,
    phone           varchar(20),
    role            varchar(20)  not null
        check (role in ('REPRESENTATIVE', 'FINANCE_ACTIVE', 'FINANCE_PASSIVE', 'TECHNICAL')),
    status          varchar(20)  not null check (status in ('INVITED', 'ACTIVE', 'DEACTIVATED')),
    password_hash   varchar(200),
    language        varchar(2)   not null default 'pl' check (language in ('pl', 'en')),
    orders_view     varchar(20)  not null default 'TRANSACTIONS' check (orders_view in ('TRANSACTIONS', 'ORDERS')),
    last_sign_in_at timestamptz,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    check (status = 'INVITED' or password_hash is not null)
);

-- Sign-in is by e-mail, so an address identifies one account across all merchants.
create unique index user_account_email_key on user_account (lower(email));
create index user_account_merchant_idx on user_account (merchant_id, last_name, first_name);

-- One-time links (password reset, invitation); only a hash of the token is stored.
create table account_token (
    token_hash char(64) primary key,
    user_id    uuid        not null references user_account (id),
    purpose    varchar(20) not null check (purpose in ('PASSWORD_RESET', 'INVITATION')),
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index account_token_user_idx on account_token (user_id, purpose);
