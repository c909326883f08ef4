-- A shop's invoicing: off (the default), built into Bramka, or the external accounting service of its key; and the
-- VAT rate an invoice line gets when the shop sent no positions. "zw" (exempt) needs the legal basis printed on it.
create table shop_invoicing (
    service_id      uuid primary key references shop (service_id),
    mode            varchar(10)  not null default 'OFF' check (mode in ('OFF', 'BUILT_IN', 'EXTERNAL')),
    vat_rate        varchar(3)   not null default '23' check (vat_rate in ('23', '8', '5', '0', 'zw')),
    exemption_basis varchar(256),
    modified_at     timestamptz  not null default now(),
    check (vat_rate <> 'zw' or exemption_basis is not null)
);
