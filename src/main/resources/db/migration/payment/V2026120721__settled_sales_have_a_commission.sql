-- A settled sale always carries the commission taken when it settled (zero when the shop had none for the method);
-- payouts subtract it as stored, so it must never be missing.
alter table payment_transaction add constraint payment_transaction_settled_sale_commission
    check (type <> 'sale' or status <> 'settled' or commission is not null);
