-- The acquirer's page a payer was sent to (bank, 3-D Secure, approval), so a payer who closed it can go back to it
-- while the attempt is pending.
alter table payment_transaction add column payer_action_url varchar(2048);
