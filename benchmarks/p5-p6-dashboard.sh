#!/usr/bin/env bash
# P5 and P6 of benchmarks/README.md: the dashboard page against the same SQL run by pgbench (P5, last 30 days) and
# against the raw GROUP BY month over payment_transaction (P6, 12 months), on ROWS generated transactions of one
# merchant, both measured in this run on this machine. Writes benchmarks/results/p5-p6-dashboard.json.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-18081}
ROWS=${ROWS:-10000000}
WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-20s}
CLIENTS=${CLIENTS:-8}
PROXY_SECONDS=${PROXY_SECONDS:-20}
RAW_RUNS=${RAW_RUNS:-3}
THREADS=$(( CLIENTS < 2 ? CLIENTS : 2 ))
mkdir -p benchmarks/results
result=benchmarks/results/p5-p6-dashboard.json

. benchmarks/bench-app.sh
start_bench_app bramka_bench_dashboard "$APP_PORT"
service=$(credential serviceId)
merchant=$(psql_bench -tAc "select merchant_id from shop where service_id = '$service'")

echo "Generating $ROWS transactions of the demo shop over the last 365 days (90% settled, 5% refunds, 10% EUR)"
psql_bench <<SQL
insert into payment (id, merchant_id, service_id, source, status, amount, currency, order_id, created_at, modified_at)
values ('00000000-0000-0000-0000-000000000001', '$merchant', '$service', 'api', 'settled', 999999999, 'PLN',
        'BENCH', now(), now());
insert into payment_transaction (id, payment_id, merchant_id, service_id, type, status, source, amount, currency,
    order_id, title, payment_method, payment_method_code, commission, created_at, modified_at)
values ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000001', '$merchant', '$service',
        'sale', 'settled', 'api', 999999999, 'PLN', 'BENCH', 'Bench', 'blik', 'blik', 12900025,
        now() - interval '400 days', now());
insert into payment_transaction (id, payment_id, merchant_id, service_id, type, status, source, amount, currency,
    order_id, title, payment_method, payment_method_code, sale_id, commission, created_at, modified_at)
select gen_random_uuid(), '00000000-0000-0000-0000-000000000001', '$merchant', '$service',
       case when i % 20 = 0 then 'refund' else 'sale' end,
       case when i % 10 = 3 then 'rejected' else 'settled' end, 'api', 100 + (i::bigint * 7919) % 100000,
       case when i % 10 = 7 then 'EUR' else 'PLN' end, 'ORDER-' || i, 'Order ' || i, 'blik', 'blik',
       case when i % 20 = 0 then '00000000-0000-0000-0000-000000000001'::uuid end,
       -- a settled sale always carries its commission (BLIK's 1.29% + 0.25 zł, rounded)
       case when i % 20 <> 0 and i % 10 <> 3 then round((100 + (i::bigint * 7919) % 100000) * 0.0129) + 25 end,
       now() - ((i::bigint * 7919) % 31536000) * interval '1 second', now()
from generate_series(1, $ROWS) i;
SQL
echo "Rebuilding the rollup with the migration's backfill and analysing"
backfill=$(sed -n '/^insert into daily_turnover/,/;$/p' \
    src/main/resources/db/migration/dashboard/V2026112450__daily_turnover.sql)
psql_bench -c "truncate daily_turnover" -c "$backfill" -c "analyze payment_transaction" -c "analyze daily_turnover"

today=$(psql_bench -tAc "select (now() at time zone 'Europe/Warsaw')::date")
month_ago=$(psql_bench -tAc "select (now() at time zone 'Europe/Warsaw')::date - 29")
year_ago=$(psql_bench -tAc "select (now() at time zone 'Europe/Warsaw')::date - 365")
raw_year="select currency, sum(case type when 'sale' then amount else -amount end), count(*) filter (where type = 'sale'),
    count(*) filter (where type = 'refund') from payment_transaction where merchant_id = '$merchant'
    and status = 'settled' and created_at >= '$year_ago'::timestamp at time zone 'Europe/Warsaw' group by currency
    order by currency"
rollup_year="select currency, sum(sales_amount) - sum(refunds_amount), sum(sales_count), sum(refunds_count)
    from daily_turnover where merchant_id = '$merchant' and day between '$year_ago' and '$today' group by currency
    order by currency"
if [ "$(psql_bench -tAc "$raw_year")" != "$(psql_bench -tAc "$rollup_year")" ]; then
    echo "The rollup differs from the raw sums" >&2
    exit 1
fi

# The SQL the dashboard runs for one page, as pl.bramka.dashboard.DailyTurnover and the latest ten send it.
page_sql() {
    cat <<SQL
select currency, sum(sales_amount) - sum(refunds_amount), sum(sales_count), sum(refunds_count) from daily_turnover
 where merchant_id = '$merchant' and day between '$1' and '$today' group by currency order by currency;
select day, sum(sales_amount) - sum(refunds_amount), sum(sales_count), sum(refunds_count) from daily_turnover
 where merchant_id = '$merchant' and day between '$1' and '$today' and currency = 'PLN' group by day order by day;
select * from payment_transaction where merchant_id = '$merchant' order by created_at desc, id desc limit 10;
SQL
}
p95_of_pgbench() {
    page_sql "$1" >"$work/page.sql"
    rm -f "$work"/pgbench_log.*
    (cd "$work" && pgbench -h localhost -p "$PG_PORT" -U bramka -n -c "$CLIENTS" -j "$THREADS" -T "$PROXY_SECONDS" -l \
        -f page.sql bramka_bench_dashboard >/dev/null 2>&1)
    cat "$work"/pgbench_log.* | awk '{print $3}' | sort -n | awk '{v[NR] = $1} END {printf "%.2f", v[int(NR * 0.95)] / 1000}'
}
echo "Proxy P5: pgbench, $CLIENTS clients, the page's SQL for 30 days"
sql_p95_30=$(p95_of_pgbench "$month_ago")
echo "Proxy P6: the raw GROUP BY month over 12 months, best of $RAW_RUNS"
raw_month="select date_trunc('month', created_at at time zone 'Europe/Warsaw'), currency,
    sum(case type when 'sale' then amount else -amount end), count(*) from payment_transaction
    where merchant_id = '$merchant' and status = 'settled'
    and created_at >= '$year_ago'::timestamp at time zone 'Europe/Warsaw' group by 1, 2"
raw_ms=$(for _ in $(seq 1 "$RAW_RUNS"); do
    psql_bench -c '\timing on' -c "$raw_month" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
done | sort -n | head -n 1)

echo "Signing in as the Representative"
login_page=$(curl -s -c "$work/cookies" "http://localhost:$APP_PORT/login")
csrf=$(printf '%s' "$login_page" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -b "$work/cookies" -c "$work/cookies" -o /dev/null --data-urlencode "email=$(credential representative.email)" \
    --data-urlencode "password=$(credential representative.password)" --data-urlencode "_csrf=$csrf" \
    "http://localhost:$APP_PORT/login"
session=$(awk '$6 == "SESSION" {print $7}' "$work/cookies")
cat >"$work/page.lua" <<LUA
wrk.headers["Cookie"] = "SESSION=$session"
done = function(summary, latency, requests)
    io.write(string.format("RESULT %d %d %d %.2f %.2f\n", summary.requests, summary.duration,
        summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
LUA
measure() {
    local url="http://localhost:$APP_PORT/dashboard?$1"
    [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$work/cookies" "$url")" = 200 ] || { echo "$url is not 200" >&2; exit 1; }
    wrk -t"$THREADS" -c"$CLIENTS" -d"$WARMUP" -s "$work/page.lua" "$url" >/dev/null
    wrk -t"$THREADS" -c"$CLIENTS" -d"$DURATION" -s "$work/page.lua" "$url" | sed -n 's/^RESULT //p'
}
echo "Application P5: /dashboard?range=30d, $CLIENTS clients for $DURATION"
read -r p5_requests p5_duration_us p5_non_2xx p5_p50 p5_p95 < <(measure "range=30d")
echo "Application P6: /dashboard with the last 12 months, $CLIENTS clients for $DURATION"
read -r p6_requests p6_duration_us p6_non_2xx p6_p50 p6_p95 < <(measure "range=custom&from=$year_ago&to=$today")

p5_ratio=$(awk -v a="$p5_p95" -v s="$sql_p95_30" 'BEGIN {printf "%.2f", a / s}')
p6_ratio=$(awk -v a="$p6_p95" -v r="$raw_ms" 'BEGIN {printf "%.4f", a / r}')
p5_verdict=$(awk -v r="$p5_ratio" -v p="$p5_p95" -v e="$p5_non_2xx" \
    'BEGIN {print (e > 0 ? "fail: non-2xx answers" : r <= 2 && p <= 100 ? "met" : "not met")}')
p6_verdict=$(awk -v r="$p6_ratio" -v p="$p6_p95" -v e="$p6_non_2xx" \
    'BEGIN {print (e > 0 ? "fail: non-2xx answers" : r <= 0.05 && p <= 90 ? "met" : "not met")}')
cat >"$result" <<JSON
{"benchmark":"P5/P6 dashboard","date":"$(date -u +%Y-%m-%dT%H:%M:%SZ)","commit":"$(git rev-parse --short HEAD)",
 "nproc":$(nproc),"cpu":"$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)","java":"$(java -version 2>&1 | head -n 1 | tr -d '"')",
 "postgres":"$(psql_bench -tAc 'show server_version')","rows":$ROWS,"rollup_rows":$(psql_bench -tAc 'select count(*) from daily_turnover'),
 "rollup_equals_raw":true,
 "p5":{"what":"/dashboard?range=30d vs pgbench p95 of the page's SQL","clients":$CLIENTS,"sql_p95_ms":$sql_p95_30,
  "app_requests":$p5_requests,"app_p50_ms":$p5_p50,"app_p95_ms":$p5_p95,"non_2xx":$p5_non_2xx,"ratio":$p5_ratio,
  "must":"ratio <= 2","goal":"p95 <= 100 ms","verdict":"$p5_verdict"},
 "p6":{"what":"/dashboard over 12 months vs the raw GROUP BY month","raw_ms":$raw_ms,"clients":$CLIENTS,
  "app_requests":$p6_requests,"app_p50_ms":$p6_p50,"app_p95_ms":$p6_p95,"non_2xx":$p6_non_2xx,"ratio":$p6_ratio,
  "must":"ratio <= 0.05 and p95 <= 90 ms","verdict":"$p6_verdict"}}
JSON
cat "$result"
