# P5 and P6: the dashboard page for the last 30 days against pgbench's p95 of the SQL that page runs (P5), and for
# the last 12 months against the raw GROUP BY month over payment_transaction (P6), which the page never runs: it
# reads the daily_turnover rollup. Stops unless the rollup's year equals the raw sums (benchmarks/lib.sh is the
# contract).
p5_p6_dashboard() {
    local clients=8 today month_ago year_ago raw_year rollup_year
    today=$(psql_bench -tAc "select (now() at time zone 'Europe/Warsaw')::date")
    month_ago=$(date -d "$today - 29 days" +%F)
    year_ago=$(date -d "$today - 365 days" +%F)
    raw_year="select currency, sum(case type when 'sale' then amount else -amount end),
        count(*) filter (where type = 'sale'), count(*) filter (where type = 'refund') from payment_transaction
        where merchant_id = '$MERCHANT_ID' and status = 'settled'
        and created_at >= '$year_ago'::timestamp at time zone 'Europe/Warsaw' group by currency order by currency"
    rollup_year="select currency, sum(sales_amount) - sum(refunds_amount), sum(sales_count), sum(refunds_count)
        from daily_turnover where merchant_id = '$MERCHANT_ID' and day between '$year_ago' and '$today'
        group by currency order by currency"
    if [ "$(psql_bench -tAc "$raw_year")" != "$(psql_bench -tAc "$rollup_year")" ]; then
        echo "P6: the rollup differs from the raw sums" >&2
        return 1
    fi
    figure P6 rollup_equals_raw true

    # The SQL of one 30-day page, as pl.bramka.dashboard.DailyTurnover and the latest ten send it.
    cat >"$BENCH_WORK/p5.sql" <<SQL
select currency, sum(sales_amount) - sum(refunds_amount), sum(sales_count), sum(refunds_count) from daily_turnover
 where merchant_id = '$MERCHANT_ID' and day between '$month_ago' and '$today' group by currency order by currency;
select day, sum(sales_amount) - sum(refunds_amount), sum(sales_count), sum(refunds_count) from daily_turnover
 where merchant_id = '$MERCHANT_ID' and day between '$month_ago' and '$today' and currency = 'PLN'
 group by day order by day;
select * from payment_transaction where merchant_id = '$MERCHANT_ID' order by created_at desc, id desc limit 10;
SQL
    sql_p95 P5 sql_p95_ms "$BENCH_WORK/p5.sql" "$clients" >/dev/null

    local raw_month raw_ms
    raw_month="select date_trunc('month', created_at at time zone 'Europe/Warsaw'), currency,
        sum(case type when 'sale' then amount else -amount end), count(*) from payment_transaction
        where merchant_id = '$MERCHANT_ID' and status = 'settled'
        and created_at >= '$year_ago'::timestamp at time zone 'Europe/Warsaw' group by 1, 2"
    raw_ms=$(for _ in 1 2 3; do
        psql_bench -c '\timing on' -c "$raw_month" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
    done | sort -n | head -n 1)
    echo "P6: raw GROUP BY month, best of 3: $raw_ms ms"
    limit P6 raw_scan_ms "$raw_ms"

    local jar="$BENCH_WORK/cookies" lua="$BENCH_WORK/dashboard.lua" url
    login "$jar"
    echo "wrk.headers[\"Cookie\"] = \"$(session_cookie "$jar")\"" >"$lua"
    local goal range requests rps errors p50 p95 p99
    for goal in P5 P6; do
        range="range=30d"
        [ "$goal" = P6 ] && range="range=custom&from=$year_ago&to=$today"
        url="$APP_URL/dashboard?$range"
        [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$url")" = 200 ] \
            || { echo "$goal: $url is not 200" >&2; return 1; }
        read -r requests rps errors p50 p95 p99 < <(wrk_measure "$clients" "$url" "$lua")
        echo "$goal: /dashboard?$range, $clients clients sharing one session: $requests requests, $errors errors," \
            "p50 $p50 ms, p95 $p95 ms"
        figure "$goal" errors "$errors"
        # wrk's latencies leave out requests that failed or had no answer yet: a p95 of the rest would flatter.
        if [ "$requests" -gt 0 ] && [ "$errors" -eq 0 ]; then
            figure "$goal" p95_ms "$p95"
        fi
    done
}
