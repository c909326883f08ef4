# P1: sustained POST /v1/merchant/{id}/transaction with 32 keep-alive wrk clients, each sale with its own order id
# and a notification URL (the outbox row, delivered to a local sink while the load runs). The limit, pgbench's
# single-row INSERT at 8 clients, is measured by run.sh. Then the p95 at half that rate from a fixed-rate client
# (OpenLoad.java), the guard of P1.
p1_api_create() {
    local sink=$BENCH_PORT_BASE
    start_sink "$sink"
    . benchmarks/sale-request.sh
    sale_lua "$BENCH_WORK/create.lua" P1 "http://127.0.0.1:$sink/notify"
    local requests rps errors p50 p95 p99 url="$APP_URL/v1/merchant/$MERCHANT_PUBLIC_ID/transaction"
    local app_cpu postgres_cpu postgres
    postgres=$(postgres_pid)
    [ "$BENCH_WARMUP" -gt 0 ] && wrk -t2 -c32 -d"${BENCH_WARMUP}s" -s "$BENCH_WORK/create.lua" "$url" >/dev/null
    app_cpu=$(cpu_ms "$APP_PID")
    postgres_cpu=$(cpu_ms "$postgres")
    read -r requests rps errors p50 p95 p99 < <(BENCH_WARMUP=0 wrk_measure 32 "$url" "$BENCH_WORK/create.lua")
    # Where a sale's time goes, for the analysis of the ratio: CPU per request of the application (the API, the
    # webhook dispatcher) and of PostgreSQL, while both share the machine's cores with wrk and the sink.
    figure P1 app_cpu_ms_per_request "$(awk -v c="$(( $(cpu_ms "$APP_PID") - app_cpu ))" -v r="$requests" \
        'BEGIN {printf "%.2f", c / r}')"
    figure P1 postgres_cpu_ms_per_request "$(awk -v c="$(( $(cpu_ms "$postgres") - postgres_cpu ))" -v r="$requests" \
        'BEGIN {printf "%.2f", c / r}')"
    figure P1 rps "$rps"
    figure P1 requests "$requests"
    figure P1 non_2xx "$errors"
    figure P1 p50_ms "$p50"
    figure P1 p95_ms "$p95"
    figure P1 p99_ms "$p99"

    local half sent failed
    half=$(awk -v r="$rps" 'BEGIN {printf "%.1f", r / 2}')
    sale_json "P1H-%d" "http://127.0.0.1:$sink/notify" >"$BENCH_WORK/body.json"
    read -r sent failed p50 p95 p99 < <(java benchmarks/OpenLoad.java \
        "$APP_URL/v1/merchant/$MERCHANT_PUBLIC_ID/transaction" "$half" "$BENCH_DURATION" "$BENCH_WORK/body.json" \
        "Content-Type: application/json" "Authorization: Bearer $(credential apiToken)" "Idempotency-Key: P1H-%d")
    figure P1 half_load_rps "$half"
    figure P1 half_load_non_2xx "$failed"
    figure P1 p95_at_half_load_ms "$p95"
}
