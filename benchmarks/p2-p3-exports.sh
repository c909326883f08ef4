#!/usr/bin/env bash
# P2 and P3 of benchmarks/README.md: the report download (/reports/download) streamed to /dev/null over HTTP, against
# psql's \copy of the same SELECT to /dev/null (P2, CSV), and the MT940 download against the CSV one (P3), on ROWS
# generated bookings of the demo merchant, all measured in this run on this machine. The application's heap is
# sampled with jstat while each download runs. Writes benchmarks/results/p2-p3-exports.json.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-18082}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-2}
mkdir -p benchmarks/results
result=benchmarks/results/p2-p3-exports.json

# Every download here is synchronous: the background threshold is lifted above the generated rows, and the demo
# merchant gets no generated history (it would still be written while the benchmark runs).
export BRAMKA_REPORTS_BACKGROUND_THRESHOLD=$(( ROWS * 2 + 1000000 ))
export BRAMKA_DEMO_HISTORY_DAYS=0
. benchmarks/bench-app.sh
start_bench_app bramka_bench_exports "$APP_PORT"
service=$(credential serviceId)
merchant=$(psql_bench -tAc "select merchant_id from shop where service_id = '$service'")

echo "Generating $ROWS transactions of the demo shop over the last 365 days (90% settled, 5% refunds)"
psql_bench <<SQL
insert into payment (id, merchant_id, service_id, source, status, amount, currency, order_id, created_at, modified_at)
values ('00000000-0000-0000-0000-000000000002', '$merchant', '$service', 'api', 'settled', 999999999, 'PLN',
        'BENCH', now(), now());
-- Refunds must name their sale: every generated refund names this one.
insert into payment_transaction (id, payment_id, merchant_id, service_id, type, status, source, amount, currency,
    order_id, title, payment_method, payment_method_code, commission, payer_name, created_at, modified_at)
values ('00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000002', '$merchant', '$service', 'sale',
        'settled', 'api', 999999999, 'PLN', 'BENCH', 'Zamówienie', 'blik', 'blik', 0, 'Jan Kowalski',
        now() - interval '400 days', now() - interval '400 days');
insert into payment_transaction (id, payment_id, merchant_id, service_id, type, status, source, amount, currency,
    order_id, title, payment_method, payment_method_code, sale_id, commission, payer_name, created_at, modified_at)
select gen_random_uuid(), '00000000-0000-0000-0000-000000000002', '$merchant', '$service',
       case when i % 20 = 0 then 'refund' else 'sale' end,
       case when i % 10 = 3 then 'rejected' else 'settled' end, 'api', 100 + (i::bigint * 7919) % 100000,
       'PLN', 'ORDER-' || i, 'Zamówienie ' || i, 'blik', 'blik',
       case when i % 20 = 0 then '00000000-0000-0000-0000-000000000003'::uuid end,
       case when i % 20 <> 0 and i % 10 <> 3 then round((100 + (i::bigint * 7919) % 100000) * 0.0129) + 25 end,
       'Jan Kowalski', ts, ts
from generate_series(1, $ROWS) i,
     lateral (select now() - interval '1 day' - ((i::bigint * 7919) % 31449600) * interval '1 second' as ts) t;
analyze payment_transaction;
SQL

today=$(psql_bench -tAc "select (now() at time zone 'Europe/Warsaw')::date")
year_ago=$(psql_bench -tAc "select (now() at time zone 'Europe/Warsaw')::date - 364")
month_from=$(psql_bench -tAc "select (date_trunc('month', now() at time zone 'Europe/Warsaw') - interval '1 month')::date")
month_to=$(psql_bench -tAc "select (date_trunc('month', now() at time zone 'Europe/Warsaw') - interval '1 day')::date")
as_of=$(psql_bench -tAc "select to_char(now() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")

. benchmarks/ledger-sql.sh

# Best of RUNS: seconds of psql's \copy of the SELECT to /dev/null, and its row count.
proxy() {
    local sql best=
    sql=$(bookings_sql "$1" "$2" | tr '\n' ' ')
    for _ in $(seq 1 "$RUNS"); do
        local started ended seconds
        started=$(date +%s.%N)
        psql_bench -c "\\copy ($sql) to '/dev/null' csv" >/dev/null
        ended=$(date +%s.%N)
        seconds=$(awk -v a="$started" -v b="$ended" 'BEGIN {printf "%.3f", b - a}')
        best=$(awk -v s="$seconds" -v b="$best" 'BEGIN {print (b == "" || s < b) ? s : b}')
    done
    echo "$best $(psql_bench -tAc "select count(*) from ($(bookings_sql "$1" "$2")) c")"
}

echo "Signing in as the Representative"
login_page=$(curl -s -c "$work/cookies" "http://localhost:$APP_PORT/login")
csrf=$(printf '%s' "$login_page" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -b "$work/cookies" -c "$work/cookies" -o /dev/null --data-urlencode "email=$(credential representative.email)" \
    --data-urlencode "password=$(credential representative.password)" --data-urlencode "_csrf=$csrf" \
    "http://localhost:$APP_PORT/login"

heap_used_kb() { jstat -gc "$app_pid" | awk 'NR == 2 {printf "%.0f", $3 + $4 + $6 + $8}'; }

# Best of RUNS: seconds to the first byte, seconds in all, bytes, the peak heap growth (MB) while it ran over the
# heap after a full GC before it, and the heap left after a full GC afterwards (MB); the body's SHA-256.
download() {
    local url="http://localhost:$APP_PORT/reports/download?$1" best_total= line
    for _ in $(seq 1 "$RUNS"); do
        jcmd "$app_pid" GC.run >/dev/null
        local before sampler timing after peak
        before=$(heap_used_kb)
        (while true; do heap_used_kb; echo; sleep 0.2; done) >"$work/heap" 2>/dev/null &
        sampler=$!
        timing=$(curl -s -b "$work/cookies" -o "$work/body" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' "$url")
        kill "$sampler" 2>/dev/null || true
        wait "$sampler" 2>/dev/null || true
        jcmd "$app_pid" GC.run >/dev/null
        after=$(heap_used_kb)
        peak=$(sort -n "$work/heap" | tail -n 1)
        read -r code first total bytes <<<"$timing"
        [ "$code" = 200 ] || { echo "$url answered $code" >&2; return 1; }
        line="$first $total $bytes $(awk -v p="${peak:-0}" -v b="$before" 'BEGIN {printf "%.1f", (p - b) / 1024}') \
$(awk -v a="$after" -v b="$before" 'BEGIN {printf "%.1f", (a - b) / 1024}') $(sha256sum "$work/body" | cut -c1-64)"
        if [ -z "$best_total" ] || awk -v t="$total" -v b="$best_total" 'BEGIN {exit !(t < b)}'; then
            best_total=$total
            best="$line"
        fi
        sha256sum "$work/body" | cut -c1-64 >>"$work/shas"
    done
    echo "$best"
}

measure() {
    local name=$1 from=$2 to=$3 proxy_s proxy_rows first total bytes peak kept sha csv_rate proxy_rate
    echo "Proxy $name: \\copy of the same SELECT, $from … $to, best of $RUNS" >&2
    read -r proxy_s proxy_rows < <(proxy "$from" "$to")
    echo "Application $name: CSV download, best of $RUNS" >&2
    : >"$work/shas"
    read -r first total bytes peak kept sha < <(download "format=csv&from=$from&to=$to&dialect=machine&asOf=$as_of")
    local csv_identical=true
    [ "$(sort -u "$work/shas" | wc -l)" = 1 ] || csv_identical=false
    csv_rate=$(awk -v r="$proxy_rows" -v t="$total" 'BEGIN {printf "%.0f", r / t}')
    proxy_rate=$(awk -v r="$proxy_rows" -v t="$proxy_s" 'BEGIN {printf "%.0f", r / t}')
    local ratio verdict
    ratio=$(awk -v a="$csv_rate" -v p="$proxy_rate" 'BEGIN {printf "%.3f", a / p}')
    verdict=$(awk -v r="$ratio" -v f="$first" -v h="$peak" \
        'BEGIN {print (r >= 0.5 && f <= 1 && h <= 64) ? "goal met" : (r >= 0.25 && f <= 1 && h <= 64) ? "must met" : "not met"}')
    local mt940="\"not available\""
    echo "Application $name: MT940 download, best of $RUNS" >&2
    : >"$work/shas"
    if mt=$(download "format=mt940&from=$from&to=$to&asOf=$as_of" 2>/dev/null); then
        read -r m_first m_total m_bytes m_peak m_kept m_sha <<<"$mt"
        local identical=true
        [ "$(sort -u "$work/shas" | wc -l)" = 1 ] || identical=false
        local m_rate m_ratio
        m_rate=$(awk -v r="$proxy_rows" -v t="$m_total" 'BEGIN {printf "%.0f", r / t}')
        m_ratio=$(awk -v a="$m_rate" -v c="$csv_rate" 'BEGIN {printf "%.3f", a / c}')
        mt940="{\"first_byte_s\":$m_first,\"total_s\":$m_total,\"bytes\":$m_bytes,\"rows_per_s\":$m_rate,
   \"heap_peak_growth_mb\":$m_peak,\"heap_kept_mb\":$m_kept,\"ratio_to_csv\":$m_ratio,\"identical_runs\":$identical,
   \"verdict\":\"$(awk -v r="$m_ratio" -v i="$identical" 'BEGIN {print (r >= 0.5 && i == "true") ? "met" : "not met"}')\"}"
    fi
    printf '"%s":{"from":"%s","to":"%s","rows":%s,"proxy_s":%s,"proxy_rows_per_s":%s,
  "csv":{"first_byte_s":%s,"total_s":%s,"bytes":%s,"rows_per_s":%s,"heap_peak_growth_mb":%s,"heap_kept_mb":%s,
   "identical_runs":%s,"ratio":%s,"verdict":"%s"},
  "mt940":%s}' "$name" "$from" "$to" "$proxy_rows" "$proxy_s" "$proxy_rate" "$first" "$total" "$bytes" "$csv_rate" \
        "$peak" "$kept" "$csv_identical" "$ratio" "$verdict" "$mt940"
}

month=$(measure month "$month_from" "$month_to")
year=$(measure year "$year_ago" "$today")
cat >"$result" <<JSON
{"benchmark":"P2/P3 exports","date":"$(date -u +%Y-%m-%dT%H:%M:%SZ)","commit":"$(git rev-parse --short HEAD)",
 "nproc":$(nproc),"cpu":"$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)","java":"$(java -version 2>&1 | head -n 1 | tr -d '"')",
 "postgres":"$(psql_bench -tAc 'show server_version')","generated_rows":$ROWS,"runs":$RUNS,"as_of":"$as_of",
 "must":"CSV rows/s >= 0.25 x psql copy, first byte <= 1 s, heap growth <= 64 MB; MT940 >= 0.5 x CSV, same bytes twice",
 $month,
 $year}
JSON
cat "$result"
