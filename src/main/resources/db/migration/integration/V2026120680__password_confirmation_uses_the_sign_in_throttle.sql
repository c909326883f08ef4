-- Re-typed passwords (revealing or rotating a shop key) now count as failed sign-ins of the account and the address,
-- in sign_in_failure, so the integration tab's own count of them goes.
drop table integration_password_failure;
