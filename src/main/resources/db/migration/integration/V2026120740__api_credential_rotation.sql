-- A token replaced by POST /auth/rotate keeps working until valid_until (the rotation overlap), then no more.
alter table api_token add column valid_until timestamptz;

-- The answer of each plugin-driven rotation, sealed for its row, so a repeat of the same call within a minute
-- gets the same new token and keys instead of a second rotation. Kept only as long as a repeat may come.
create table api_credential_rotation (
    id            bigserial primary key,
    old_token_id  uuid        not null references api_token (id),
    services      text        not null,
    sealed_answer text        not null,
    created_at    timestamptz not null
);
create index api_credential_rotation_token_idx on api_credential_rotation (old_token_id, created_at desc);
create index api_credential_rotation_age_idx on api_credential_rotation (created_at);
