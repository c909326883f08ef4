-- Payment page branding. A colour a shop never changed has no row: it is the default the application defines.
create table shop_brand_color (
    service_id uuid        not null references shop (service_id),
    color_key  varchar(20) not null
        check (color_key in ('main', 'buttons', 'spinner', 'borders', 'forms', 'validation', 'info')),
    value      char(7)     not null check (value ~ '^#[0-9a-f]{6}$'),
    primary key (service_id, color_key)
);

-- The logo shown on the payment page, checked (and, for SVG, sanitised) before it is stored.
create table shop_logo (
    service_id   uuid primary key references shop (service_id),
    content_type varchar(20) not null check (content_type in ('image/png', 'image/jpeg', 'image/svg+xml')),
    content      bytea       not null check (octet_length(content) between 1 and 524288),
    sha256       char(64)    not null,
    uploaded_by  uuid references user_account (id),
    uploaded_at  timestamptz not null default now()
);
