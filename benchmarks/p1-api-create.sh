#!/usr/bin/env bash
# P1 of benchmarks/README.md: sustained POST /v1/merchant/{id}/transaction against the database's own
# single-row INSERT rate, both measured in this run on this machine. Writes benchmarks/results/p1-api-create.json.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-18080}
SINK_PORT=${SINK_PORT:-19080}
WARMUP=${WARMUP:-20s}
DURATION=${DURATION:-30s}
CLIENTS=${CLIENTS:-32}
PROXY_SECONDS=${PROXY_SECONDS:-20}
# The demo merchant gets no generated history, which would otherwise be written while the load runs. The API's rate
# limits still count every request, but are high enough that the load is never refused.
export BRAMKA_DEMO_HISTORY_DAYS=0
export BRAMKA_RATE_LIMITS_API_PER_TOKEN=${BRAMKA_RATE_LIMITS_API_PER_TOKEN:-100000000/1m}
export BRAMKA_RATE_LIMITS_API_PER_ADDRESS=${BRAMKA_RATE_LIMITS_API_PER_ADDRESS:-100000000/1m}
mkdir -p benchmarks/results
result=benchmarks/results/p1-api-create.json

. benchmarks/bench-app.sh
start_bench_app bramka_bench "$APP_PORT"
start_sink "$SINK_PORT"
merchant=$(credential merchantId)
service=$(credential serviceId)
token=$(credential apiToken)

echo "Proxy: single-row INSERT into a copy of payment_transaction, 8 clients, synchronous_commit on"
psql_bench -c "create table bench_transaction (like payment_transaction including all)"
cat >"$work/insert.sql" <<SQL
insert into bench_transaction (id, payment_id, merchant_id, service_id, type, status, source, amount, currency,
    order_id, title, payment_method, payment_method_code, created_at, modified_at)
values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'sale', 'new', 'api', 1999,
    'PLN', 'ORDER-1', 'Order 1', 'pbl', 'ing', now(), now());
SQL
proxy_tps=$(pgbench -h localhost -p "$PG_PORT" -U bramka -n -c 8 -j 2 -T "$PROXY_SECONDS" -f "$work/insert.sql" \
    bramka_bench 2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
synchronous_commit=$(psql_bench -tAc "show synchronous_commit")

# Every sale has its own order id and Idempotency-Key, as a shop's orders do; thread and counter make them unique.
cat >"$work/create.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
local template = '{"type":"sale","serviceId":"$service","amount":1999,"currency":"PLN","orderId":"ORDER-%s-%d",'
    .. '"title":"Order 1","paymentMethod":"pbl","paymentMethodCode":"ing",'
    .. '"notificationUrl":"http://127.0.0.1:$SINK_PORT/notify",'
    .. '"successReturnUrl":"https://shop.example.com/ok","failureReturnUrl":"https://shop.example.com/failed",'
    .. '"customer":{"firstName":"Jan","lastName":"Kowalski","email":"jan@example.com"}}'
local threads = 0
local sent = 0
setup = function(thread)
    threads = threads + 1
    thread:set("id", threads .. "-" .. os.time())
end
request = function()
    sent = sent + 1
    wrk.headers["Idempotency-Key"] = string.format("KEY-%s-%d", id, sent)
    return wrk.format(nil, nil, nil, string.format(template, id, sent))
end
done = function(summary, latency, requests)
    io.write(string.format("RESULT %d %d %d %d %.2f %.2f %.2f\n", summary.requests, summary.duration,
        summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000))
end
LUA
url="http://localhost:$APP_PORT/v1/merchant/$merchant/transaction"
echo "Warming up for $WARMUP"
wrk -t2 -c"$CLIENTS" -d"$WARMUP" -s "$work/create.lua" "$url" >/dev/null
echo "Measuring for $DURATION with $CLIENTS clients"
read -r requests duration_us non_2xx socket_errors p50 p95 p99 < <(wrk -t2 -c"$CLIENTS" -d"$DURATION" \
    -s "$work/create.lua" "$url" | sed -n 's/^RESULT //p')
app_rps=$(awk -v r="$requests" -v d="$duration_us" 'BEGIN {printf "%.1f", r / (d / 1000000)}')
ratio=$(awk -v a="$app_rps" -v p="$proxy_tps" 'BEGIN {printf "%.3f", a / p}')
verdict=$(awk -v r="$ratio" -v e="$non_2xx" \
    'BEGIN {print (e > 0 ? "fail: non-2xx answers" : r >= 0.20 ? "goal met" : r >= 0.10 ? "must met" : "below must")}')

fsync=$("$PG_BIN/pg_test_fsync" -s 1 -f "$work/fsync.test" 2>/dev/null | awk '/fdatasync/ && /ops\/sec/ {print $2; exit}')
cat >"$result" <<JSON
{"benchmark":"P1 API create transaction","date":"$(date -u +%Y-%m-%dT%H:%M:%SZ)","commit":"$(git rev-parse --short HEAD)",
 "nproc":$(nproc),"cpu":"$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)","java":"$(java -version 2>&1 | head -n 1 | tr -d '"')",
 "postgres":"$(psql_bench -tAc 'show server_version')","synchronous_commit":"$synchronous_commit",
 "pg_test_fsync_fdatasync_ops_per_sec":${fsync:-null},
 "proxy":{"what":"single-row INSERT into a copy of payment_transaction, 8 clients","tps":$proxy_tps},
 "app":{"clients":$CLIENTS,"duration":"$DURATION","requests":$requests,"requests_per_second":$app_rps,
  "p50_ms":$p50,"p95_ms":$p95,"p99_ms":$p99,"non_2xx":$non_2xx,"socket_errors":$socket_errors},
 "ratio":$ratio,"must":0.10,"goal":0.20,"verdict":"$verdict"}
JSON
cat "$result"
