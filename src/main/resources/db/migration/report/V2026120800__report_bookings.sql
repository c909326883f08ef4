-- The report's bookings are read in booking order within one merchant: a transaction at its last change (a settled
-- one at its settlement), a payout when it was sent and when it came back. One index per branch of the query keeps
-- every branch an ordered index scan, so the merged stream starts at once and never sorts millions of rows.
create index payment_transaction_booked_idx on payment_transaction (merchant_id, modified_at, id);
create index payout_sent_idx on payout (merchant_id, sent_at, id) where sent_at is not null;
create index payout_returned_idx on payout (merchant_id, returned_at, id) where returned_at is not null;
