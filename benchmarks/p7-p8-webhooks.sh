#!/usr/bin/env bash
# P7 and P8 of benchmarks/README.md: the webhook dispatcher's throughput to a local sink against a bare JDK
# HttpClient posting the same payload at the same concurrency (P7), and the healthy endpoints' throughput while one
# of ten endpoints never answers within the 10 s timeout (P8). Writes benchmarks/results/p7-p8-webhooks.json.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-18081}
SINK_PORT=${SINK_PORT:-19100}
NOTIFICATIONS=${NOTIFICATIONS:-20000}
PER_ENDPOINT=8
mkdir -p benchmarks/results
result=benchmarks/results/p7-p8-webhooks.json

. benchmarks/bench-app.sh
start_bench_app bramka_bench_webhooks "$APP_PORT"
service=$(credential serviceId)

# A 600-byte body like a real notification.
printf '{"transaction":{"id":"07938437-cae3-4d46-877d-e1b9d6e6c58f","type":"sale","status":"settled","source":"api","created":1666339083,"modified":1666339083,"notificationUrl":"","serviceId":"%s","amount":100,"currency":"PLN","title":"","orderId":"Zamowienie test","paymentMethod":"pbl","paymentMethodCode":"ipko"},"payment":{"id":"07980a69-a884-46f7-ad16-216c88a13b98","title":"","amount":100,"status":"settled","created":1666339083,"orderId":"Zamowienie test","currency":"PLN","modified":1666339083,"serviceId":"%s","notificationUrl":""}}' \
    "$service" "$service" >"$work/body.json"

# Queues n notifications spread over the given endpoints (one stream each, so order does not limit them).
queue() {
    local n=$1; shift
    local urls
    urls=$(printf "'http://127.0.0.1:%s/notify'," "$@")
    psql_bench -v body="$(cat "$work/body.json")" <<SQL
insert into notification (public_id, merchant_id, service_id, stream_id, kind, event_status, url, url_source,
    url_host, body, status, next_attempt_at, created_at)
select gen_random_uuid(), s.merchant_id, s.service_id, gen_random_uuid(), 'TEST', 'settled', u.url, 'SHOP',
       substring(u.url from '//([^/]+)/'), convert_to(:'body', 'UTF8'), 'PENDING', clock_timestamp(), clock_timestamp()
from shop s, generate_series(1, $n) i,
     lateral (select (array[${urls%,}])[1 + i % $#] as url) u
where s.service_id = '$service';
SQL
}

delivered_to() {
    psql_bench -tAc "select count(*) from notification where status = 'DELIVERED' and url_host = '127.0.0.1:$1'"
}

# Seconds until count notifications to the port are delivered.
time_until_delivered() {
    local port=$1 count=$2 started=$3
    while [ "$(delivered_to "$port")" -lt "$count" ]; do sleep 0.2; done
    awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN {printf "%.2f", e - s}'
}

start_sink "$SINK_PORT" 0
echo "P7 proxy: JDK HttpClient, $PER_ENDPOINT concurrent requests (the dispatcher's limit per endpoint)"
java benchmarks/PostLoop.java "http://127.0.0.1:$SINK_PORT/notify" 2000 "$PER_ENDPOINT" "$work/body.json" >/dev/null
proxy_rps=$(java benchmarks/PostLoop.java "http://127.0.0.1:$SINK_PORT/notify" "$NOTIFICATIONS" "$PER_ENDPOINT" \
    "$work/body.json")

echo "P7: $NOTIFICATIONS notifications to one endpoint"
queue 2000 "$SINK_PORT"
time_until_delivered "$SINK_PORT" 2000 "$(date +%s.%N)" >/dev/null
started=$(date +%s.%N)
queue "$NOTIFICATIONS" "$SINK_PORT"
seconds=$(time_until_delivered "$SINK_PORT" $((NOTIFICATIONS + 2000)) "$started")
p7_rps=$(awk -v n="$NOTIFICATIONS" -v s="$seconds" 'BEGIN {printf "%.1f", n / s}')

echo "P7 latency: 200 notifications at 10 per second, commit to first attempt"
for _ in $(seq 1 200); do queue 1 "$SINK_PORT" >/dev/null; sleep 0.1; done
sleep 2
p95_latency=$(psql_bench -tAc "select round((percentile_cont(0.95) within group (order by extract(epoch from
    a.started_at - n.created_at)))::numeric * 1000) from notification n join notification_attempt a
    on a.notification_id = n.id and a.attempt_no = 1 where n.id > (select max(id) - 200 from notification)")

echo "P8: 10 endpoints, one answering after 11 s"
hanging=$((SINK_PORT + 10))
start_sink "$hanging" 11000
healthy=()
for i in $(seq 1 9); do start_sink $((SINK_PORT + i)) 0; healthy+=($((SINK_PORT + i))); done
started=$(date +%s.%N)
queue "$NOTIFICATIONS" "${healthy[@]}" "$hanging"
per_healthy=$((NOTIFICATIONS / 10))
for port in "${healthy[@]}"; do time_until_delivered "$port" "$per_healthy" "$started" >/dev/null; done
seconds=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN {printf "%.2f", e - s}')
p8_rps=$(awk -v n="$((per_healthy * 9))" -v s="$seconds" 'BEGIN {printf "%.1f", n / s}')

p7_ratio=$(awk -v a="$p7_rps" -v p="$proxy_rps" 'BEGIN {printf "%.3f", a / p}')
p8_ratio=$(awk -v a="$p8_rps" -v p="$p7_rps" 'BEGIN {printf "%.3f", a / p}')
cat >"$result" <<JSON
{"benchmark":"P7/P8 webhooks","date":"$(date -u +%Y-%m-%dT%H:%M:%SZ)","commit":"$(git rev-parse --short HEAD)",
 "nproc":$(nproc),"cpu":"$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)","postgres":"$(psql_bench -tAc 'show server_version')",
 "notifications":$NOTIFICATIONS,"concurrency_per_endpoint":$PER_ENDPOINT,"body_bytes":$(wc -c <"$work/body.json"),
 "p7":{"proxy":"JDK HttpClient loop, same payload and concurrency","proxy_rps":$proxy_rps,"dispatcher_rps":$p7_rps,
  "ratio":$p7_ratio,"must":0.5,"commit_to_first_attempt_p95_ms_at_10_per_s":$p95_latency},
 "p8":{"healthy_rps_with_one_hanging_endpoint":$p8_rps,"ratio_to_p7":$p8_ratio,"must":0.9}}
JSON
cat "$result"
