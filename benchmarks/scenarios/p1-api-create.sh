# P1: sustained POST /v1/merchant/{id}/transaction with 32 keep-alive wrk clients, each sale with its own order id
# and a notification URL (the outbox row, delivered to a local sink while the load runs). The limit, pgbench's
# single-row INSERT at 8 clients, is measured by run.sh. Then the p95 at half that rate from a fixed-rate client
# (OpenLoad.java), the guard of P1.
p1_api_create() {
    local sink=$BENCH_PORT_BASE
    start_sink "$sink"
    . benchmarks/sale-request.sh
    sale_lua "$BENCH_WORK/create.lua" P1 "http://127.0.0.1:$sink/notify"
    local requests rps errors p50 p95 p99
    read -r requests rps errors p50 p95 p99 < <(wrk_measure 32 "$APP_URL/v1/merchant/$MERCHANT_PUBLIC_ID/transaction" \
        "$BENCH_WORK/create.lua")
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
