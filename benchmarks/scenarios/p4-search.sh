# P4: the panel's transaction search within one shop, 30 days, completed, and an order-number prefix (one day's
# orders), a page of 50, against pgbench's p95 of the identical SQL (benchmarks/lib.sh is the contract).
# Figures: p95_ms of the htmx answer (the search part only, what the panel's form fetches), page_p95_ms of the whole
# page, json_lookup_p95_ms of the API's GET /transaction/{id}: the only JSON that finds a transaction, because
# neither the panel nor the imoje-compatible API lists transactions as JSON.
p4_search() {
    local clients=20 shop from to prefix sql_file jar lua url
    shop=$(sed -n 2p "$BENCH_SHOPS")
    to=$BENCH_LAST_DAY
    from=$(date -d "$to - 29 days" +%F)
    # The order numbers of the shop's day about ten days before the range's end: a page walks those ten days.
    prefix=$(psql_bench -tAc "select substring(order_id from '^ORDER-[0-9]{8}') from payment_transaction
        where service_id = '$shop' and created_at < ('$to'::date - 9)::timestamp at time zone 'Europe/Warsaw'
        order by created_at desc limit 1")
    sql_file="$BENCH_WORK/p4.sql"
    # pl.bramka.payment.TransactionSearch's statement for these filters, with the same columns, order and limit.
    cat >"$sql_file" <<SQL
select id, payment_id, merchant_id, service_id, type, status, source, amount, currency, order_id, title,
    payment_method, payment_method_code, notification_url, sale_id, status_code, status_code_description,
    blik_transaction_id, commission, valid_to, created_at, modified_at, payer_name, payer_email
from payment_transaction
where merchant_id = '$MERCHANT_ID' and service_id = '$shop' and status = any(cast('{settled}' as text[]))
    and created_at >= '$from'::timestamp at time zone 'Europe/Warsaw'
    and created_at < ('$to'::date + 1)::timestamp at time zone 'Europe/Warsaw'
    and strpos(lower(order_id || ' ' || title || ' ' || coalesce(blik_transaction_id, '') || ' '
        || coalesce(payer_name, '') || ' ' || coalesce(payer_email, '')), lower('$prefix')) > 0
order by created_at desc, id desc limit 51;
SQL
    local found
    found=$(psql_bench -tA -f "$sql_file" | wc -l)
    echo "P4: shop $shop, $from..$to, completed, \"$prefix\": $found rows on the first page"
    [ "$found" -gt 0 ] || { echo "P4: the search finds nothing on this data set" >&2; return 1; }
    sql_p95 P4 sql_p95_ms "$sql_file" "$clients" >/dev/null

    jar="$BENCH_WORK/cookies"
    login "$jar" finance-passive
    url="$APP_URL/transactions?shop=$shop&status=COMPLETED&from=$from&to=$to&q=$prefix"
    local listed=$(( found > 50 ? 50 : found ))
    [ "$(curl -s -b "$jar" "$url" -H 'HX-Request: true' | grep -c 'data-transaction-id=')" -eq "$listed" ] \
        || { echo "P4: $url does not list the SQL's $listed transactions" >&2; return 1; }
    # wrk's latencies leave out requests that failed or had no answer yet, so a p95 with errors flatters: the errors
    # are recorded beside it, and the htmx answer's are a guard of P4's verdict.
    measure() {
        local name=$1 what=$2 url=$3 lua=$4 requests rps errors p50 p95 p99
        read -r requests rps errors p50 p95 p99 < <(wrk_measure "$clients" "$url" "$lua")
        echo "P4: $what, $clients clients: $requests requests, $errors errors, p50 $p50 ms, p95 $p95 ms"
        figure P4 "${name%p95_ms}errors" "$errors"
        if [ "$requests" -gt 0 ]; then
            figure P4 "$name" "$p95"
        fi
    }
    lua="$BENCH_WORK/p4-page.lua"
    echo "wrk.headers[\"Cookie\"] = \"$(session_cookie "$jar")\"" >"$lua"
    measure page_p95_ms "whole page" "$url" "$lua"
    echo "wrk.headers[\"HX-Request\"] = \"true\"" >>"$lua"
    measure p95_ms "htmx answer" "$url" "$lua"

    local transaction
    transaction=$(psql_bench -tAc "select id from payment_transaction where service_id = '$SERVICE_ID'
        order by created_at desc limit 1")
    lua="$BENCH_WORK/p4-api.lua"
    echo "wrk.headers[\"Authorization\"] = \"Bearer $(credential apiToken)\"" >"$lua"
    url="$APP_URL/v1/merchant/$MERCHANT_PUBLIC_ID/transaction/$transaction"
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(credential apiToken)" "$url")" = 200 ] \
        || { echo "P4: $url is not 200" >&2; return 1; }
    measure json_lookup_p95_ms "API transaction lookup" "$url" "$lua"
}
