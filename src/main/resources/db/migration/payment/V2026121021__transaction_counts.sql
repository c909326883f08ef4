-- Transactions by type, status and method for the business metrics (pl.bramka.payment.TransactionMetrics), kept by
-- triggers in the statements that change them, instead of a count over the whole table at every refresh (seconds on
-- ten million rows, on every node). Each database session adds to rows of its own (shard = its backend's pid), so
-- concurrent sales never wait for each other's counts; the metrics fold those rows into shard 0.
create table transaction_count (
    type           varchar(10) not null,
    status         varchar(20) not null,
    payment_method varchar(30) not null,
    shard          integer     not null,
    count          bigint      not null,
    primary key (type, status, payment_method, shard)
);

create function transaction_count_inserted() returns trigger language plpgsql as $$
begin
    insert into transaction_count as c (type, status, payment_method, shard, count)
    select type, status, payment_method, pg_backend_pid(), count(*) from new_rows
    group by type, status, payment_method order by type, status, payment_method
    on conflict (type, status, payment_method, shard) do update set count = c.count + excluded.count;
    return null;
end $$;

create function transaction_count_updated() returns trigger language plpgsql as $$
begin
    insert into transaction_count as c (type, status, payment_method, shard, count)
    select type, status, payment_method, pg_backend_pid(), sum(change) from (
        select type, status, payment_method, -1 as change from old_rows
        union all
        select type, status, payment_method, 1 from new_rows) changes
    group by type, status, payment_method having sum(change) <> 0 order by type, status, payment_method
    on conflict (type, status, payment_method, shard) do update set count = c.count + excluded.count;
    return null;
end $$;

create function transaction_count_deleted() returns trigger language plpgsql as $$
begin
    insert into transaction_count as c (type, status, payment_method, shard, count)
    select type, status, payment_method, pg_backend_pid(), -count(*) from old_rows
    group by type, status, payment_method order by type, status, payment_method
    on conflict (type, status, payment_method, shard) do update set count = c.count + excluded.count;
    return null;
end $$;

create function transaction_count_truncated() returns trigger language plpgsql as $$
begin
    delete from transaction_count;
    return null;
end $$;

create trigger transaction_count_inserted after insert on payment_transaction
    referencing new table as new_rows for each statement execute function transaction_count_inserted();
create trigger transaction_count_updated after update on payment_transaction
    referencing old table as old_rows new table as new_rows for each statement execute function transaction_count_updated();
create trigger transaction_count_deleted after delete on payment_transaction
    referencing old table as old_rows for each statement execute function transaction_count_deleted();
create trigger transaction_count_truncated after truncate on payment_transaction
    for each statement execute function transaction_count_truncated();

-- Creating the triggers locked the table against writes until this migration commits, so the count is exact.
insert into transaction_count (type, status, payment_method, shard, count)
select type, status, payment_method, 0, count(*) from payment_transaction group by type, status, payment_method;
