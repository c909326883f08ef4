# Sourced by the scenarios that load the API with P1's request: a pay-by-link sale of the demo shop.
# sale_json <order id> [notification url] prints its body; sale_lua <file> <order id prefix> [notification url]
# writes a wrk script posting it with the demo shop's API token, each request with its own order id and Idempotency-Key
# (as a shop's orders have; the same one would make every sale wait for the previous one's commit on the order's row).

sale_json() {
    local order=$1 notification=${2:-}
    printf '{"type":"sale","serviceId":"%s","amount":1999,"currency":"PLN","orderId":"%s","title":"Order 1",' \
        "$SERVICE_ID" "$order"
    printf '"paymentMethod":"pbl","paymentMethodCode":"ing",%s' \
        "${notification:+\"notificationUrl\":\"$notification\",}"
    printf '"successReturnUrl":"https://shop.example.com/ok","failureReturnUrl":"https://shop.example.com/failed",'
    printf '"customer":{"firstName":"Jan","lastName":"Kowalski","email":"jan@example.com"}}\n'
}

sale_lua() {
    local file=$1 prefix=$2 notification=${3:-}
    cat >"$file" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $(credential apiToken)"
local template = '$(sale_json "$prefix-%s-%d" "$notification")'
local threads = 0
local sent = 0
setup = function(thread)
    threads = threads + 1
    thread:set("id", threads .. "-" .. os.time() .. "-" .. math.random(1000000))
end
request = function()
    sent = sent + 1
    wrk.headers["Idempotency-Key"] = string.format("KEY-%s-%d", id, sent)
    return wrk.format(nil, nil, nil, string.format(template, id, sent))
end
LUA
}
