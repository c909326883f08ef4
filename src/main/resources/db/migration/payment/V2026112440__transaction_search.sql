-- The panel's transaction list and search. Payer data is copied onto each transaction when it is written (it never
-- changes), so one trigram index covers every text key of the search box; an index cannot span two tables.
alter table payment_transaction add column payer_name varchar(201);
alter table payment_transaction add column payer_email varchar(200);

update payment_transaction t
set payer_name  = nullif(trim(concat_ws(' ', p.customer_first_name, p.customer_last_name)), ''),
    payer_email = p.customer_email
from payment p
where p.id = t.payment_id;

-- pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;

-- Case-insensitive substring search (ILIKE) over order number, title, BLIK id and payer; the query repeats this
-- expression exactly (TransactionSearchQuery.SEARCH_TEXT).
create index payment_transaction_search_trgm_idx on payment_transaction using gin
    ((order_id || ' ' || title || ' ' || coalesce(blik_transaction_id, '') || ' ' || coalesce(payer_name, '') || ' '
        || coalesce(payer_email, '')) gin_trgm_ops);
create index payment_transaction_order_idx on payment_transaction (merchant_id, order_id varchar_pattern_ops);
create index payment_transaction_blik_idx on payment_transaction (blik_transaction_id)
    where blik_transaction_id is not null;
create index payment_transaction_service_idx on payment_transaction (service_id, created_at desc, id desc);

-- Orders: every transaction of one order id of one shop, across its payments. Kept up to date in the database
-- transaction of each status change, because grouping millions of transactions per page view is too slow.
create table payment_order (
    service_id      uuid         not null references shop (service_id),
    order_id        varchar(100) not null,
    merchant_id     uuid         not null references merchant (id),
    currency        char(3)      not null,
    -- sale attempts
    attempts        int          not null,
    -- the status of the latest sale attempt
    last_status     varchar(10)  not null,
    settled_amount  bigint       not null default 0,
    refunded_amount bigint       not null default 0,
    first_at        timestamptz  not null,
    -- when the latest sale attempt started
    last_at         timestamptz  not null,
    primary key (service_id, order_id)
);
create index payment_order_recent_idx on payment_order (merchant_id, last_at desc, service_id desc, order_id desc);

insert into payment_order (service_id, order_id, merchant_id, currency, attempts, last_status, settled_amount,
                           refunded_amount, first_at, last_at)
select s.service_id, s.order_id, min(s.merchant_id::text)::uuid, min(s.currency),
       count(*) filter (where s.type = 'sale'),
       coalesce((select l.status from payment_transaction l
                 where l.service_id = s.service_id and l.order_id = s.order_id and l.type = 'sale'
                 order by l.created_at desc, l.id desc limit 1), 'new'),
       coalesce(sum(s.amount) filter (where s.type = 'sale' and s.status = 'settled'), 0),
       coalesce(sum(s.amount) filter (where s.type = 'refund' and s.status = 'settled'), 0),
       min(s.created_at),
       coalesce(max(s.created_at) filter (where s.type = 'sale'), min(s.created_at))
from payment_transaction s
group by s.service_id, s.order_id;
