-- A refund goes to the acquirer from whoever claims it: until acquirer_claimed_until nobody else asks the acquirer
-- about it. A refund still new after that (its node stopped during the call) is finished by a repeat of its request
-- or by the recovery job, so its amount is never reserved for ever.
alter table payment_transaction add column acquirer_claimed_until timestamptz;
-- Few refunds are new at any time; the recovery job reads the old ones from here.
create index payment_transaction_new_refund_idx on payment_transaction (created_at)
    where type = 'refund' and status = 'new';
