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
-- the sale every generated refund refunds, settled before the measured ranges
insert into payment_transaction (id, payment_id, merchant_id, service_id, type, status, source, amount, currency,
    order_id, title, payment_method, payment_method_code, commission, created_at, modified_at)
values ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000002', '$merchant', '$service',
        'sale', 'settled', 'api', 999999999, 'PLN', 'BENCH', 'Bench', 'blik', 'blik', 12900025,
        now() - interval '400 days', now() - interval '400 days');
insert into payment_transaction (id, payment_id, merchant_id, service_id, type, status, source, amount, currency,
    order_id, title, payment_method, payment_method_code, sale_id, commission, payer_name, created_at, modified_at)
select gen_random_uuid(), '00000000-0000-0000-0000-000000000002', '$merchant', '$service',
       case when i % 20 = 0 then 'refund' else 'sale' end,
       case when i % 10 = 3 then 'rejected' else 'settled' end, 'api', 100 + (i::bigint * 7919) % 100000,
       'PLN', 'ORDER-' || i, 'Zamówienie ' || i, 'blik', 'blik',
       case when i % 20 = 0 then '00000000-0000-0000-0000-000000000002'::uuid end,
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

# The SELECT the application streams for a range with every operation (pl.bramka.report.Ledger), its parameters
# written in: sales and refunds, commissions, payouts sent and returned, in booking order.
bookings_sql() {
    local from=$1 to=$2 start end
    start="'$from'::timestamp at time zone 'Europe/Warsaw'"
    end="('$to'::date + 1)::timestamp at time zone 'Europe/Warsaw'"
    local in_range="t.merchant_id = '$merchant' and t.modified_at >= $start and t.modified_at < $end
        and t.modified_at <= '$as_of'"
    cat <<SQL
select booked_at, reference, kind_order, service_id, order_id, title, amount, commission, currency, status, method,
    payer, payout_id, payout_date, iban from (
select t.modified_at as booked_at, t.id as reference, case when t.type = 'sale' then 0 else 1 end as kind_order,
    t.service_id, t.order_id, t.title, case when t.type = 'sale' then t.amount else -t.amount end as amount,
    case when t.type = 'sale' and t.status = 'settled' then -coalesce(t.commission, 0) else 0 end as commission,
    t.currency, t.status, t.payment_method as method, t.payer_name as payer, po.id as payout_id,
    po.period as payout_date, cast(null as varchar) as iban
from payment_transaction t left join payout_item pi on pi.transaction_id = t.id
    left join payout po on po.id = pi.payout_id and po.created_at <= '$as_of'
where t.type = any('{sale,refund}') and $in_range
union all
select t.modified_at, t.id, 2, t.service_id, t.order_id, t.title, -t.commission, cast(0 as bigint), t.currency,
    t.status, t.payment_method, t.payer_name, po.id, po.period, cast(null as varchar)
from payment_transaction t left join payout_item pi on pi.transaction_id = t.id
    left join payout po on po.id = pi.payout_id and po.created_at <= '$as_of'
where t.type = 'sale' and t.status = 'settled' and t.commission > 0 and $in_range
union all
select p.sent_at, p.id, 3, p.service_id, cast(null as varchar), '', -p.amount, cast(0 as bigint), p.currency, 'sent',
    cast(null as varchar), cast(null as varchar), p.id, p.period, p.iban from payout p
where p.merchant_id = '$merchant' and p.sent_at >= $start and p.sent_at < $end and p.sent_at <= '$as_of'
union all
select p.returned_at, p.id, 4, p.service_id, cast(null as varchar), '', p.amount, cast(0 as bigint), p.currency,
    'returned', cast(null as varchar), cast(null as varchar), p.id, p.period, p.iban from payout p
where p.merchant_id = '$merchant' and p.returned_at >= $start and p.returned_at < $end
    and p.returned_at <= '$as_of'
) b order by booked_at, reference, kind_order
SQL
}

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

# Used heap in KB: all of it (survivors, eden, old), and the old generation alone (what outlives young collections).
heap_used_kb() { jstat -gc "$app_pid" | awk 'NR == 2 {printf "%.0f %.0f", $3 + $4 + $6 + $8, $8}'; }

# Best of RUNS: seconds to the first byte, seconds in all, bytes, lines, the peak growth (MB) of the used heap and of
# the old generation while it ran over the heap after a full GC before it, the heap left after a full GC afterwards
# (MB), and the body's SHA-256. The used heap's peak counts garbage eden has not collected yet; the old generation's
# growth and what is left after a full GC show what the download really holds.
download() {
    local url="http://localhost:$APP_PORT/reports/download?$1" best_total= line
    for _ in $(seq 1 "$RUNS"); do
        jcmd "$app_pid" GC.run >/dev/null
        local before before_old sampler timing after peak peak_old
        read -r before before_old <<<"$(heap_used_kb)"
        (while true; do heap_used_kb; echo; sleep 0.2; done) >"$work/heap" 2>/dev/null &
        sampler=$!
        timing=$(curl -s -b "$work/cookies" -o "$work/body" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' "$url")
        kill "$sampler" 2>/dev/null || true
        wait "$sampler" 2>/dev/null || true
        jcmd "$app_pid" GC.run >/dev/null
        read -r after _ <<<"$(heap_used_kb)"
        peak=$(awk '$1 > m {m = $1} END {print m + 0}' "$work/heap")
        peak_old=$(awk '$2 > m {m = $2} END {print m + 0}' "$work/heap")
        read -r code first total bytes <<<"$timing"
        [ "$code" = 200 ] || { echo "$url answered $code" >&2; return 1; }
        line="$first $total $bytes $(wc -l <"$work/body") \
$(awk -v p="$peak" -v b="$before" 'BEGIN {printf "%.1f", (p - b) / 1024}') \
$(awk -v p="$peak_old" -v b="$before_old" 'BEGIN {printf "%.1f", (p - b) / 1024}') \
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
    local name=$1 from=$2 to=$3 proxy_s proxy_rows first total bytes lines peak peak_old kept sha csv_rate proxy_rate
    echo "Proxy $name: \\copy of the same SELECT, $from … $to, best of $RUNS" >&2
    read -r proxy_s proxy_rows < <(proxy "$from" "$to")
    echo "Application $name: CSV download, best of $RUNS" >&2
    : >"$work/shas"
    read -r first total bytes lines peak peak_old kept sha < <(download "format=csv&range=custom&from=$from&to=$to&dialect=machine&asOf=$as_of")
    local csv_identical=true
    [ "$(sort -u "$work/shas" | wc -l)" = 1 ] || csv_identical=false
    csv_rate=$(awk -v r="$proxy_rows" -v t="$total" 'BEGIN {printf "%.0f", r / t}')
    proxy_rate=$(awk -v r="$proxy_rows" -v t="$proxy_s" 'BEGIN {printf "%.0f", r / t}')
    local ratio verdict
    ratio=$(awk -v a="$csv_rate" -v p="$proxy_rate" 'BEGIN {printf "%.3f", a / p}')
    # The CSV has a header line and one line per booking: anything else means the two did not read the same rows.
    local app_rows=$(( lines - 1 ))
    verdict=$(awk -v r="$ratio" -v f="$first" -v h="$peak_old" -v k="$kept" -v a="$app_rows" -v p="$proxy_rows" \
        'BEGIN {ok = f <= 1 && h <= 64 && k <= 64 && a == p;
                print (a != p) ? "rows differ" : (ok && r >= 0.5) ? "goal met" : (ok && r >= 0.25) ? "must met" : "not met"}')
    local mt940="\"not available\""
    echo "Application $name: MT940 download, best of $RUNS" >&2
    : >"$work/shas"
    if mt=$(download "format=mt940&range=custom&from=$from&to=$to&asOf=$as_of" 2>/dev/null); then
        read -r m_first m_total m_bytes m_lines m_peak m_peak_old m_kept m_sha <<<"$mt"
        local identical=true
        [ "$(sort -u "$work/shas" | wc -l)" = 1 ] || identical=false
        local m_rate m_ratio
        m_rate=$(awk -v r="$proxy_rows" -v t="$m_total" 'BEGIN {printf "%.0f", r / t}')
        m_ratio=$(awk -v a="$m_rate" -v c="$csv_rate" 'BEGIN {printf "%.3f", a / c}')
        mt940="{\"first_byte_s\":$m_first,\"total_s\":$m_total,\"bytes\":$m_bytes,\"rows_per_s\":$m_rate,
   \"lines\":$m_lines,\"heap_peak_growth_mb\":$m_peak,\"old_gen_peak_growth_mb\":$m_peak_old,\"heap_kept_mb\":$m_kept,\"ratio_to_csv\":$m_ratio,\"identical_runs\":$identical,
   \"verdict\":\"$(awk -v r="$m_ratio" -v i="$identical" 'BEGIN {print (r >= 0.5 && i == "true") ? "met" : "not met"}')\"}"
    fi
    printf '"%s":{"from":"%s","to":"%s","rows":%s,"proxy_s":%s,"proxy_rows_per_s":%s,
  "csv":{"first_byte_s":%s,"total_s":%s,"bytes":%s,"rows":%s,"rows_per_s":%s,"heap_peak_growth_mb":%s,
   "old_gen_peak_growth_mb":%s,"heap_kept_mb":%s,"identical_runs":%s,"ratio":%s,"verdict":"%s"},
  "mt940":%s}' "$name" "$from" "$to" "$proxy_rows" "$proxy_s" "$proxy_rate" "$first" "$total" "$bytes" "$app_rows" \
        "$csv_rate" "$peak" "$peak_old" "$kept" "$csv_identical" "$ratio" "$verdict" "$mt940"
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
