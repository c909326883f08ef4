#!/usr/bin/env bash
# P9 of benchmarks/README.md: a scheduled report of last month for the demo merchant's SHOPS shops (ROWS generated
# transactions), made by the application's scheduled-report runner, against psql's \copy of the same rows to
# /dev/null; and P1's API create p95 while the run is going against without it. Writes
# benchmarks/results/p9-scheduled.json.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-18089}
ROWS=${ROWS:-800000}
SHOPS=${SHOPS:-200}
CLIENTS=${CLIENTS:-8}
DURATION=${DURATION:-30s}
mkdir -p benchmarks/results
result=benchmarks/results/p9-scheduled.json

export BRAMKA_DEMO_HISTORY_DAYS=0
export BRAMKA_SCHEDULED_REPORTS_POLL_INTERVAL=1s
export BRAMKA_SCHEDULED_REPORTS_DIRECTORY
. benchmarks/bench-app.sh
BRAMKA_SCHEDULED_REPORTS_DIRECTORY="$work/scheduled-reports"
start_bench_app bramka_bench_scheduled "$APP_PORT"
service=$(credential serviceId)
merchant=$(psql_bench -tAc "select merchant_id from shop where service_id = '$service'")
token=$(credential apiToken)

echo "Adding $(( SHOPS - 1 )) shops and $ROWS transactions of last month spread over the $SHOPS shops"
psql_bench <<SQL
insert into shop (service_id, merchant_id, name, website, status, created_at, modified_at)
select gen_random_uuid(), '$merchant', 'Sklep ' || i, 'https://sklep' || i || '.example.com', 'ACTIVE', now(), now()
from generate_series(2, $SHOPS) i;
create temporary table bench_shop as
select service_id, row_number() over (order by service_id) - 1 as n from shop where merchant_id = '$merchant';
insert into payment (id, merchant_id, service_id, source, status, amount, currency, order_id, created_at, modified_at)
values ('00000000-0000-0000-0000-000000000009', '$merchant', '$service', 'api', 'settled', 999999999, 'PLN',
        'BENCH', now(), now());
insert into payment_transaction (id, payment_id, merchant_id, service_id, type, status, source, amount, currency,
    order_id, title, payment_method, payment_method_code, commission, payer_name, created_at, modified_at)
select gen_random_uuid(), '00000000-0000-0000-0000-000000000009', '$merchant', s.service_id, 'sale',
       case when i % 10 = 3 then 'rejected' else 'settled' end, 'api', 100 + (i::bigint * 7919) % 100000, 'PLN',
       'ORDER-' || i, 'Zamówienie ' || i, 'blik', 'blik',
       case when i % 10 <> 3 then round((100 + (i::bigint * 7919) % 100000) * 0.0129) + 25 end,
       'Jan Kowalski', ts, ts
from generate_series(1, $ROWS) i
join bench_shop s on s.n = i % $SHOPS,
     lateral (select date_trunc('month', now() at time zone 'Europe/Warsaw') at time zone 'Europe/Warsaw'
                     - interval '1 month' + ((i::bigint * 7919) % 2419200) * interval '1 second' as ts) t;
analyze payment_transaction;
SQL

month_from=$(psql_bench -tAc "select (date_trunc('month', now() at time zone 'Europe/Warsaw') - interval '1 month')::date")
month_to=$(psql_bench -tAc "select (date_trunc('month', now() at time zone 'Europe/Warsaw') - interval '1 day')::date")
as_of=$(psql_bench -tAc "select to_char(now() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
. benchmarks/ledger-sql.sh

echo "Proxy: \\copy of the same rows to /dev/null"
sql=$(bookings_sql "$month_from" "$month_to" | tr '\n' ' ')
started=$(date +%s.%N)
psql_bench -c "\\copy ($sql) to '/dev/null' csv" >/dev/null
proxy_s=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.3f", b - a}')
proxy_rows=$(psql_bench -tAc "select count(*) from ($sql) c")

# P1's request (benchmarks/p1-api-create.sh) without a notification URL: the load is the API alone.
cat >"$work/create.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
local body = '{"type":"sale","serviceId":"$service","amount":1999,"currency":"PLN","orderId":"P9-%d",'
    .. '"title":"Order","paymentMethod":"pbl","paymentMethodCode":"ing",'
    .. '"successReturnUrl":"https://shop.example.com/ok","failureReturnUrl":"https://shop.example.com/failed",'
    .. '"customer":{"firstName":"Jan","lastName":"Kowalski","email":"jan@example.com"}}'
local sent = 0
request = function()
    sent = sent + 1
    return wrk.format(nil, nil, nil, string.format(body, math.random(1, 1000000000) * 100 + sent % 100))
end
done = function(summary, latency, requests)
    io.write(string.format("RESULT %d %.2f\n", summary.requests, latency:percentile(95) / 1000))
end
LUA
api() {
    wrk -t2 -c"$CLIENTS" -d"$DURATION" -s "$work/create.lua" \
        "http://localhost:$APP_PORT/v1/merchant/$merchant/transaction" | sed -n 's/^RESULT //p'
}
echo "P1 without the run: $CLIENTS clients for $DURATION"
api >/dev/null
read -r quiet_requests quiet_p95 < <(api)

echo "The scheduled run, with P1's load beside it"
owner=$(psql_bench -tAc "select id from user_account where merchant_id = '$merchant' order by created_at limit 1")
schedule=$(psql_bench -tAc "insert into scheduled_report (id, merchant_id, name, report_type, frequency, run_at,
    day_of_month, period, recipients, owner_id, paused, next_run_at, created_at, updated_at)
    values (gen_random_uuid(), '$merchant', 'P9', 'TRANSACTIONS_CSV', 'MONTHLY', '06:00', 1, 'MONTH',
    'p9@example.com', '$owner', true, now() + interval '1 month', now(), now()) returning id" | head -n 1)
# What "run now" adds: a manual run of the month, due at once.
psql_bench -c "insert into scheduled_report_run (id, schedule_id, merchant_id, manual, due_at, period_first,
    period_last, status, next_attempt_at, recipients, created_at)
    values (gen_random_uuid(), '$schedule', '$merchant', true, now(), '$month_from', '$month_to', 'PENDING', now(),
    'p9@example.com', now())"
read -r busy_requests busy_p95 < <(api)
for _ in $(seq 1 3600); do
    status=$(psql_bench -tAc "select status from scheduled_report_run where schedule_id = '$schedule'")
    case "$status" in SENDING|DONE|FAILED) break ;; esac
    sleep 1
done
read -r run_status run_rows run_bytes run_ms < <(psql_bench -tAF ' ' -c "select status, coalesce(row_count, 0),
    coalesce(byte_count, 0), coalesce(duration_ms, 0) from scheduled_report_run where schedule_id = '$schedule'")
duration_s=${DURATION%s}
run_rate=$(awk -v r="$run_rows" -v ms="$run_ms" 'BEGIN {printf "%.0f", (ms > 0 ? r / (ms / 1000) : 0)}')
proxy_rate=$(awk -v r="$proxy_rows" -v s="$proxy_s" 'BEGIN {printf "%.0f", r / s}')
cat >"$result" <<JSON
{"benchmark":"P9 scheduled report","date":"$(date -u +%Y-%m-%dT%H:%M:%SZ)","commit":"$(git rev-parse --short HEAD)",
 "nproc":$(nproc),"cpu":"$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)","java":"$(java -version 2>&1 | head -n 1 | tr -d '"')",
 "postgres":"$(psql_bench -tAc 'show server_version')","generated_rows":$ROWS,"shops":$SHOPS,
 "period":"$month_from … $month_to",
 "proxy":{"what":"psql \\\\copy of the same SELECT to /dev/null","rows":$proxy_rows,"seconds":$proxy_s,"rows_per_s":$proxy_rate},
 "run":{"status":"$run_status","rows":$run_rows,"bytes":$run_bytes,"ms":$run_ms,"rows_per_s":$run_rate,
  "ratio_to_proxy":$(awk -v a="$run_rate" -v p="$proxy_rate" 'BEGIN {printf "%.3f", a / p}')},
 "p1":{"clients":$CLIENTS,"duration":"$DURATION","quiet":{"requests":$quiet_requests,"p95_ms":$quiet_p95},
  "during_run":{"requests":$busy_requests,"p95_ms":$busy_p95,
   "share_of_load_overlapping_the_run":$(awk -v ms="$run_ms" -v d="$duration_s" 'BEGIN {s = ms / 1000 / d; printf "%.2f", (s > 1 ? 1 : s)}')}}}
JSON
cat "$result"
