create table shop (
    service_id               uuid primary key,
    merchant_id              uuid         not null references merchant (id),
    name                     varchar(100) not null,
    website                  varchar(300) not null,
    status                   varchar(10)  not null check (status in ('PENDING', 'ACTIVE', 'BLOCKED')),
    iban                     varchar(34),
    mcc                      char(4),
    -- null means "no limit": a payment stays payable until the shop's own validTo, if any
    payment_activity_seconds integer check (payment_activity_seconds >= 60),
    notification_url         varchar(300),
    accounting_key           text,
    created_at               timestamptz  not null default now(),
    modified_at              timestamptz  not null default now()
);
create index shop_merchant_idx on shop (merchant_id, created_at desc);

-- Every change of shop data: who, when, old and new value.
create table shop_change (
    id         bigserial primary key,
    service_id uuid        not null references shop (service_id),
    field      varchar(40) not null,
    old_value  varchar(1000),
    new_value  varchar(1000),
    changed_by uuid references user_account (id),
    changed_at timestamptz not null default now()
);
create index shop_change_shop_idx on shop_change (service_id, changed_at desc, id desc);

-- Shop keys, sealed with the application's secret key. The current key has no retired_at; a rotated key keeps
-- verifying signatures until verifies_until.
create table shop_key (
    id             bigserial primary key,
    service_id     uuid        not null references shop (service_id),
    sealed_key     text        not null,
    created_at     timestamptz not null default now(),
    retired_at     timestamptz,
    verifies_until timestamptz
);
create unique index shop_key_current_idx on shop_key (service_id) where retired_at is null;

-- REST API bearer tokens: only a SHA-256 of the token is kept; the prefix helps recognise it in the list.
create table api_token (
    id           uuid primary key,
    service_id   uuid         not null references shop (service_id),
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    token_prefix varchar(12)  not null,
    created_by   uuid references user_account (id),
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_shop_idx on api_token (service_id, created_at desc);

create table shop_notification_email (
    service_id uuid         not null references shop (service_id),
    email      varchar(254) not null,
    position   smallint     not null,
    primary key (service_id, position)
);

-- Commission table the operator manages: percentage in hundredths of a percent plus a fixed fee per currency.
create table commission_default (
    method_code varchar(30) primary key,
    percent_bp  integer not null check (percent_bp between 0 and 10000)
);
create table commission_default_fee (
    method_code     varchar(30) not null references commission_default (method_code),
    currency        char(3)     not null,
    fixed_fee_minor bigint      not null check (fixed_fee_minor >= 0),
    primary key (method_code, currency)
);

-- A shop's methods and commissions, copied from the defaults when the shop is created.
create table shop_payment_method (
    service_id  uuid        not null references shop (service_id),
    method_code varchar(30) not null,
    enabled     boolean     not null,
    percent_bp  integer     not null check (percent_bp between 0 and 10000),
    primary key (service_id, method_code)
);
create table shop_payment_method_fee (
    service_id      uuid        not null,
    method_code     varchar(30) not null,
    currency        char(3)     not null,
    fixed_fee_minor bigint      not null check (fixed_fee_minor >= 0),
    primary key (service_id, method_code, currency),
    foreign key (service_id, method_code) references shop_payment_method (service_id, method_code)
);

insert into commission_default (method_code, percent_bp) values
    ('blik', 129), ('ecom3ds', 149), ('gpay', 149), ('applepay', 149),
    ('imoje_twisto', 249), ('paypo', 249), ('imoje_installments', 0),
    ('ing', 119), ('mtransfer', 119), ('bzwbk', 119), ('pekao24', 119), ('inteligo', 119), ('ipko', 119),
    ('getin', 119), ('noble', 119), ('ideabank', 119), ('creditagricole', 119), ('millennium', 119),
    ('citi', 119), ('bos', 119), ('bnpparibas', 119), ('pocztowy', 119), ('plusbank', 119), ('bs', 119),
    ('bspb', 119), ('nest', 119), ('pbs', 119), ('alior', 119), ('tmobile', 119), ('envelo', 119);

insert into commission_default_fee (method_code, currency, fixed_fee_minor)
select method_code, 'PLN', case when method_code in ('imoje_installments') then 0 else 25 end
from commission_default;
insert into commission_default_fee (method_code, currency, fixed_fee_minor)
select method_code, currency, 10
from commission_default cross join (values ('EUR'), ('USD'), ('GBP'), ('CHF')) as c (currency)
where method_code in ('ecom3ds', 'gpay', 'applepay');
