create table merchant (
    id         uuid primary key,
    -- imoje's merchantId: the client identifier shops put in API paths and paywall forms (at most 20 characters)
    public_id  varchar(20)  not null unique,
    name       varchar(200) not null,
    created_at timestamptz  not null default now()
);
