# P9: a scheduled report of last month for all 200 shops, made by the application's scheduled-report runner (a
# manual run, what "run now" adds), against psql's \copy of the same rows to /dev/null; and P1's API create p95
# while the run is going against without it.
p9_scheduled() {
    local merchant=$MERCHANT_ID as_of=$BENCH_AS_OF month_from month_to
    . benchmarks/ledger-sql.sh
    last_whole_month

    echo "  proxy: \\copy of the same rows to /dev/null"
    local sql started proxy_s proxy_rows
    sql=$(bookings_sql "$month_from" "$month_to" | tr '\n' ' ')
    started=$(now)
    psql_bench -c "\\copy ($sql) to '/dev/null' csv"
    proxy_s=$(seconds_since "$started")
    proxy_rows=$(psql_bench -tAc "select count(*) from ($sql) c")
    limit P9 copy_rows_per_s "$(awk -v r="$proxy_rows" -v s="$proxy_s" 'BEGIN {printf "%.0f", r / s}')"

    # P1's request without a notification URL: the load is the API alone.
    . benchmarks/sale-request.sh
    sale_lua "$BENCH_WORK/create.lua" P9
    local url="$APP_URL/v1/merchant/$MERCHANT_PUBLIC_ID/transaction" requests rps errors p50 p95 p99
    echo "  P1 load without the run: 8 clients"
    read -r requests rps errors p50 p95 p99 < <(wrk_measure 8 "$url" "$BENCH_WORK/create.lua")
    figure P9 api_p95_quiet_ms "$p95"

    echo "  the scheduled run, with P1's load beside it"
    local owner schedule
    owner=$(psql_bench -tAc "select id from user_account where merchant_id = '$merchant' order by created_at limit 1")
    schedule=$(psql_bench -tAc "insert into scheduled_report (id, merchant_id, name, report_type, frequency, run_at,
        day_of_month, period, recipients, owner_id, paused, next_run_at, created_at, updated_at)
        values (gen_random_uuid(), '$merchant', 'P9 ' || now(), 'TRANSACTIONS_CSV', 'MONTHLY', '06:00', 1, 'MONTH',
        'p9@example.com', '$owner', true, now() + interval '1 month', now(), now()) returning id" | head -n 1)
    psql_bench -c "insert into scheduled_report_run (id, schedule_id, merchant_id, manual, due_at, period_first,
        period_last, status, next_attempt_at, recipients, created_at)
        values (gen_random_uuid(), '$schedule', '$merchant', true, now(), '$month_from', '$month_to', 'PENDING', now(),
        'p9@example.com', now())"
    local BENCH_WARMUP=0
    read -r requests rps errors p50 p95 p99 < <(wrk_measure 8 "$url" "$BENCH_WORK/create.lua")
    figure P9 api_p95_during_run_ms "$p95"
    local status
    for _ in $(seq 1 3600); do
        status=$(psql_bench -tAc "select status from scheduled_report_run where schedule_id = '$schedule'")
        case "$status" in SENDING|DONE|FAILED) break ;; esac
        sleep 1
    done
    local run_rows run_ms
    read -r status run_rows run_ms < <(psql_bench -tAF ' ' -c "select status, coalesce(row_count, 0),
        coalesce(duration_ms, 0) from scheduled_report_run where schedule_id = '$schedule'")
    figure P9 run_status "$status"
    figure P9 rows "$run_rows"
    [ "$run_ms" -gt 0 ] && figure P9 rows_per_s "$(awk -v r="$run_rows" -v ms="$run_ms" 'BEGIN {printf "%.0f", r / (ms / 1000)}')"
    return 0
}
