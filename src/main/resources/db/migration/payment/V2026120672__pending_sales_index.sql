-- An acquirer looks for the attempts it has left unanswered; pending ones are few, read from here by when they
-- started (a pending transaction's modified_at is the moment it went to the acquirer).
create index payment_transaction_pending_idx on payment_transaction (modified_at) where status = 'pending';
