# P2 and P3: the report download (/reports/download) over HTTP against psql's \copy of the same SELECT to /dev/null
# (P2, CSV of the whole merchant's last month; one shop's month and, at the smoke scale or with BENCH_P2_YEAR=yes,
# the whole year as further figures), and the MT940 download of the demo shop's month against its CSV one (P3),
# with a snapshot asOf. The application's heap is sampled with jstat while each runs.
p2_p3_exports() {
    local merchant=$MERCHANT_ID as_of=$BENCH_AS_OF month_from month_to
    . benchmarks/ledger-sql.sh
    last_whole_month
    login "$BENCH_WORK/cookies"
    local csv="format=csv&dialect=machine&asOf=$as_of" month="from=$month_from&to=$month_to"

    echo "  P2: the merchant's month ($month_from … $month_to), \copy and CSV download"
    compare P2 "" "$month_from" "$month_to" "" "$csv&$month"
    echo "  P2: the demo shop's month"
    compare P2 shop_month_ "$month_from" "$month_to" "$SERVICE_ID" "$csv&$month&shop=$SERVICE_ID"
    if [ "$BENCH_SCALE" = smoke ] || [ "${BENCH_P2_YEAR:-no}" = yes ]; then
        echo "  P2: the merchant's year"
        compare P2 year_ "$BENCH_FIRST_DAY" "$BENCH_LAST_DAY" "" \
            "$csv&from=$BENCH_FIRST_DAY&to=$BENCH_LAST_DAY"
    fi

    echo "  P3: MT940 download of the demo shop's month, twice"
    limit P3 csv_rows_per_s "$(awk -F '\t' '$2 == "P2" && $3 == "shop_month_rows_per_s" {print $4}' "$BENCH_RECORDS")"
    local rows
    rows=$(awk -F '\t' '$2 == "P2" && $3 == "shop_month_rows" {print $4}' "$BENCH_RECORDS")
    download P3 "format=mt940&$month&shop=$SERVICE_ID&asOf=$as_of" "$rows" ""
    local first
    first=$(sha256sum <"$BENCH_WORK/body" | cut -c1-64)
    curl -s -f -b "$BENCH_WORK/cookies" -o "$BENCH_WORK/body" \
        "$APP_URL/reports/download?format=mt940&$month&shop=$SERVICE_ID&asOf=$as_of"
    figure P3 identical_runs "$([ "$(sha256sum <"$BENCH_WORK/body" | cut -c1-64)" = "$first" ] && echo true || echo false)"
}

# The \copy of the range's bookings (of one shop when given) as the limit, then the CSV download as the figure,
# both under the goal with the prefix.
compare() {
    local goal=$1 prefix=$2 from=$3 to=$4 shop=$5 query=$6 seconds rows
    read -r seconds rows < <(copy_seconds "$from" "$to" "$shop")
    limit "$goal" "${prefix}copy_rows_per_s" "$(awk -v r="$rows" -v s="$seconds" 'BEGIN {printf "%.0f", r / s}')"
    limit "$goal" "${prefix}rows" "$rows"
    download "$goal" "$query" "$rows" "$prefix"
}

# Seconds of psql's \copy of the bookings' SELECT to /dev/null, and its rows.
copy_seconds() {
    local sql started seconds
    sql=$(bookings_sql "$1" "$2" "${3:-}" | tr '\n' ' ')
    started=$(now)
    psql_bench -c "\\copy ($sql) to '/dev/null' csv"
    seconds=$(seconds_since "$started")
    echo "$seconds $(psql_bench -tAc "select count(*) from ($sql) c")"
}

heap_used_kb() { jstat -gc "$APP_PID" | awk 'NR == 2 {printf "%.0f", $3 + $4 + $6 + $8}'; }

# One download to a file: rows/s (of the proxy's row count), first byte, and the heap's peak growth over the heap
# after a full GC before it, recorded under the goal with the prefix.
download() {
    local goal=$1 query=$2 rows=$3 prefix=$4 before sampler timing code first total peak
    jcmd "$APP_PID" GC.run >/dev/null
    before=$(heap_used_kb)
    (while true; do heap_used_kb; echo; sleep 0.2; done) >"$BENCH_WORK/heap" 2>/dev/null &
    sampler=$!
    timing=$(curl -s -b "$BENCH_WORK/cookies" -o "$BENCH_WORK/body" -w '%{http_code} %{time_starttransfer} %{time_total}' \
        "$APP_URL/reports/download?$query")
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    read -r code first total <<<"$timing"
    [ "$code" = 200 ] || { echo "/reports/download?$query answered $code" >&2; return 1; }
    peak=$(sort -n "$BENCH_WORK/heap" | tail -n 1)
    figure "$goal" "${prefix}rows_per_s" "$(awk -v r="$rows" -v t="$total" 'BEGIN {printf "%.0f", r / t}')"
    figure "$goal" "${prefix}first_byte_s" "$first"
    figure "$goal" "${prefix}heap_peak_growth_mb" \
        "$(awk -v p="${peak:-0}" -v b="$before" 'BEGIN {printf "%.1f", (p > b ? p - b : 0) / 1024}')"
}
