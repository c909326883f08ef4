# P1: sustained POST /v1/merchant/{id}/transaction with 32 keep-alive wrk clients, each sale with its own order id
# and a notification URL (the outbox row, delivered to a local sink while the load runs). The limit, pgbench's
# single-row INSERT at 8 clients, is measured by run.sh. Then the p95 at half that rate from a fixed-rate client
# (OpenLoad.java), the guard of P1.
p1_api_create() {
    local sink=$BENCH_PORT_BASE token
    token=$(credential apiToken)
    start_sink "$sink"
    cat >"$BENCH_WORK/create.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
local template = '{"type":"sale","serviceId":"$SERVICE_ID","amount":1999,"currency":"PLN","orderId":"P1-%s-%d",'
    .. '"title":"Order 1","paymentMethod":"pbl","paymentMethodCode":"ing",'
    .. '"notificationUrl":"http://127.0.0.1:$sink/notify",'
    .. '"successReturnUrl":"https://shop.example.com/ok","failureReturnUrl":"https://shop.example.com/failed",'
    .. '"customer":{"firstName":"Jan","lastName":"Kowalski","email":"jan@example.com"}}'
local threads = 0
local sent = 0
setup = function(thread)
    threads = threads + 1
    thread:set("id", threads .. "-" .. os.time() .. "-" .. math.random(1000000))
end
request = function()
    sent = sent + 1
    return wrk.format(nil, nil, nil, string.format(template, id, sent))
end
LUA
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
    cat >"$BENCH_WORK/body.json" <<JSON
{"type":"sale","serviceId":"$SERVICE_ID","amount":1999,"currency":"PLN","orderId":"P1H-%d","title":"Order 1",
 "paymentMethod":"pbl","paymentMethodCode":"ing","notificationUrl":"http://127.0.0.1:$sink/notify",
 "successReturnUrl":"https://shop.example.com/ok","failureReturnUrl":"https://shop.example.com/failed",
 "customer":{"firstName":"Jan","lastName":"Kowalski","email":"jan@example.com"}}
JSON
    read -r sent failed p50 p95 p99 < <(java benchmarks/OpenLoad.java \
        "$APP_URL/v1/merchant/$MERCHANT_PUBLIC_ID/transaction" "$half" "$BENCH_DURATION" "$BENCH_WORK/body.json" \
        "Content-Type: application/json" "Authorization: Bearer $token")
    figure P1 half_load_rps "$half"
    figure P1 half_load_non_2xx "$failed"
    figure P1 p95_at_half_load_ms "$p95"
}
