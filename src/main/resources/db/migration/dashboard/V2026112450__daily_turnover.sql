-- The dashboard's daily rollup: settled sales and refunds per merchant, Warsaw day (of the transaction's creation),
-- shop and currency. pl.bramka.dashboard.TurnoverRollup adds to it in the database transaction that settles a
-- transaction; settled is final, so rows only ever grow. Each settlement picks one of four slots from its
-- transaction id: concurrent settlements of one shop, day and currency then rarely wait for the same row lock.
create table daily_turnover (
    merchant_id    uuid     not null,
    day            date     not null,
    service_id     uuid     not null,
    currency       char(3)  not null,
    slot           smallint not null check (slot between 0 and 3),
    sales_count    int      not null default 0,
    sales_amount   bigint   not null default 0,
    refunds_count  int      not null default 0,
    refunds_amount bigint   not null default 0,
    primary key (merchant_id, day, service_id, currency, slot)
);

-- What was settled before the rollup existed; one slot is enough for rows nobody is writing concurrently.
insert into daily_turnover (merchant_id, day, service_id, currency, slot, sales_count, sales_amount, refunds_count,
                            refunds_amount)
select merchant_id, (created_at at time zone 'Europe/Warsaw')::date, service_id, currency, 0,
       count(*) filter (where type = 'sale'), coalesce(sum(amount) filter (where type = 'sale'), 0),
       count(*) filter (where type = 'refund'), coalesce(sum(amount) filter (where type = 'refund'), 0)
from payment_transaction
where status = 'settled'
group by 1, 2, 3, 4;
