# P7 and P8: the webhook dispatcher's throughput to a local sink against a bare JDK HttpClient posting the same
# payload at the same concurrency (P7), the commit-to-first-attempt p95 at a tenth of that rate, nothing lost after
# the application is killed with -9 in the middle of a backlog, and the healthy endpoints' throughput while one of
# ten endpoints never answers within the 10 s timeout (P8).
p7_p8_webhooks() {
    local sink=$BENCH_PORT_BASE per_endpoint=8 notifications
    notifications=$([ "$BENCH_SCALE" = full ] && echo 10000 || echo 2000)
    # A 600-byte body like a real notification.
    printf '{"transaction":{"id":"07938437-cae3-4d46-877d-e1b9d6e6c58f","type":"sale","status":"settled","source":"api","created":1666339083,"modified":1666339083,"notificationUrl":"","serviceId":"%s","amount":100,"currency":"PLN","title":"","orderId":"Zamowienie test","paymentMethod":"pbl","paymentMethodCode":"ipko"},"payment":{"id":"07980a69-a884-46f7-ad16-216c88a13b98","title":"","amount":100,"status":"settled","created":1666339083,"orderId":"Zamowienie test","currency":"PLN","modified":1666339083,"serviceId":"%s","notificationUrl":""}}' \
        "$SERVICE_ID" "$SERVICE_ID" >"$BENCH_WORK/body.json"
    first_id=$(psql_bench -tAc "select coalesce(max(id), 0) from notification")

    start_sink "$sink" 0
    echo "  proxy: JDK HttpClient, $per_endpoint concurrent requests (the dispatcher's limit per endpoint)"
    java benchmarks/PostLoop.java "http://127.0.0.1:$sink/notify" 2000 "$per_endpoint" "$BENCH_WORK/body.json" >/dev/null
    limit P7 httpclient_rps "$(java benchmarks/PostLoop.java "http://127.0.0.1:$sink/notify" "$notifications" \
        "$per_endpoint" "$BENCH_WORK/body.json")"

    echo "  P7: $notifications notifications to one endpoint"
    queue_notifications 500 "$sink"
    wait_delivered "$sink" 500
    local started seconds
    started=$(now)
    queue_notifications "$notifications" "$sink"
    wait_delivered "$sink" $((notifications + 500))
    seconds=$(seconds_since "$started")
    figure P7 rps "$(awk -v n="$notifications" -v s="$seconds" 'BEGIN {printf "%.1f", n / s}')"

    echo "  P7 latency: 100 notifications at 10 per second, commit to first attempt"
    local latency_from
    latency_from=$(psql_bench -tAc "select max(id) from notification")
    for _ in $(seq 1 100); do queue_notifications 1 "$sink"; sleep 0.1; done
    wait_delivered "$sink" $((notifications + 600))
    figure P7 first_attempt_p95_ms "$(psql_bench -tAc "select round((percentile_cont(0.95) within group (order by
        extract(epoch from a.started_at - n.created_at)))::numeric * 1000) from notification n
        join notification_attempt a on a.notification_id = n.id and a.attempt_no = 1 where n.id > $latency_from")"

    echo "  P7 durability: kill -9 with a backlog, then restart"
    local backlog=$((notifications / 2)) before
    before=$((notifications + 600))
    queue_notifications "$backlog" "$sink"
    sleep 1
    restart_app kill9
    wait_delivered "$sink" $((before + backlog))
    figure P7 lost_after_kill9 "$(psql_bench -tAc "select count(*) from notification where id > $first_id
        and url_host = '127.0.0.1:$sink' and status <> 'DELIVERED'")"

    echo "  P8: 10 endpoints, one answering after 11 s"
    local hanging=$((sink + 10)) healthy=() port
    start_sink "$hanging" 11000
    for i in $(seq 1 9); do start_sink $((sink + i)) 0; healthy+=($((sink + i))); done
    started=$(now)
    queue_notifications "$notifications" "${healthy[@]}" "$hanging"
    for port in "${healthy[@]}"; do wait_delivered "$port" $((notifications / 10)); done
    seconds=$(seconds_since "$started")
    figure P8 healthy_rps "$(awk -v n="$((notifications / 10 * 9))" -v s="$seconds" 'BEGIN {printf "%.1f", n / s}')"
    limit P8 rps "$(awk -F '\t' '$1 == "figure" && $2 == "P7" && $3 == "rps" {print $4}' "$BENCH_RECORDS")"
}

# Queues n notifications straight into the outbox, spread over the given sink ports, each in its own stream.
queue_notifications() {
    local n=$1 urls
    shift
    urls=$(printf "'http://127.0.0.1:%s/notify'," "$@")
    psql_bench -v body="$(cat "$BENCH_WORK/body.json")" <<SQL
insert into notification (public_id, merchant_id, service_id, stream_id, kind, event_status, url, url_source,
    url_host, body, status, next_attempt_at, created_at)
select gen_random_uuid(), '$MERCHANT_ID', '$SERVICE_ID', gen_random_uuid(), 'TEST', 'settled', u.url, 'SHOP',
       substring(u.url from '//([^/]+)/'), convert_to(:'body', 'UTF8'), 'PENDING', clock_timestamp(),
       clock_timestamp()
from generate_series(1, $n) i, lateral (select (array[${urls%,}])[1 + i % $#] as url) u;
SQL
}

# Waits until count notifications of this scenario to the sink's port are delivered (at most 15 minutes).
wait_delivered() {
    local port=$1 count=$2
    for _ in $(seq 1 4500); do
        [ "$(psql_bench -tAc "select count(*) from notification where id > $first_id and status = 'DELIVERED'
            and url_host = '127.0.0.1:$port'")" -ge "$count" ] && return 0
        sleep 0.2
    done
    echo "Notifications to port $port were not delivered in time" >&2
    return 1
}
