-- What an API token may do, as a comma-separated list of ApiScope names. Tokens issued before scopes existed keep
-- every scope; new tokens always say theirs.
alter table api_token add column scopes varchar(100) not null default 'READ_TRANSACTIONS,CREATE_TRANSACTIONS,REFUND';
alter table api_token alter column scopes drop default;
