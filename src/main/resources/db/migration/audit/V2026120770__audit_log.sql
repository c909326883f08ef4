-- The audit log: one hash chain per merchant. Each entry holds the SHA-256 of the entry before it (previous_hash)
-- and of its own canonical form (entry_hash, see pl.bramka.audit.CanonicalForm); seq counts 1, 2, 3 … per merchant.
-- No foreign keys: an entry must outlive whatever it names, and a deleted user must not take the chain with it.
create table audit_entry (
    merchant_id   uuid         not null,
    seq           bigint       not null,
    occurred_at   timestamptz  not null,
    actor_id      uuid,
    actor         varchar(320),
    address       varchar(64),
    kind          varchar(40)  not null,
    target        varchar(200),
    detail        varchar(100),
    old_value     varchar(1000),
    new_value     varchar(1000),
    previous_hash char(64)     not null,
    entry_hash    char(64)     not null,
    primary key (merchant_id, seq)
);
-- The page's filters: by kind, by user, each newest first with the keyset on seq.
create index audit_entry_kind_idx on audit_entry (merchant_id, kind, seq desc);
create index audit_entry_actor_idx on audit_entry (merchant_id, actor_id, seq desc);
create index audit_entry_time_idx on audit_entry (merchant_id, occurred_at desc, seq desc);

-- The head of each merchant's chain: its last seq and hash. Writers lock this row, so entries of one merchant are
-- numbered one at a time and the chain never forks; "Verify" compares the chain's end with it, so deleting the
-- newest entries shows too.
create table audit_chain (
    merchant_id uuid     primary key,
    last_seq    bigint   not null,
    last_hash   char(64) not null
);
