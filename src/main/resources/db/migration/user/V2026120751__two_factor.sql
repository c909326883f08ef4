-- Two-factor sign-in (RFC 6238 TOTP). The seed is sealed with the secrets key for its row (pl.bramka.secret);
-- confirmed_at is null while an enrolment waits for its first code. last_used_step is the time step of the last
-- accepted code, so a code is never accepted twice.
create table user_two_factor (
    user_id        uuid primary key references user_account (id),
    sealed_seed    varchar(300) not null,
    confirmed_at   timestamptz,
    last_used_step bigint       not null default 0,
    created_at     timestamptz  not null
);

-- Ten one-time recovery codes per enrolment, stored as SHA-256 hashes (they are long random strings).
create table user_recovery_code (
    user_id   uuid     not null references user_account (id),
    code_hash char(64) not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);

-- A representative's rule that every user of the merchant signs in with two factors; no row: not required.
create table merchant_two_factor_rule (
    merchant_id uuid primary key references merchant (id),
    required_by uuid        not null references user_account (id),
    required_at timestamptz not null
);
