-- A payment whose last attempt was refused is still payable until its validity passes; then it is cancelled too.
drop index payment_unpaid_validity_idx;
create index payment_unpaid_validity_idx on payment (valid_to) where status in ('new', 'pending', 'rejected', 'error');
