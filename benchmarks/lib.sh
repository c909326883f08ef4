# The contract between benchmarks/run.sh and its scenario files. Sourced by run.sh; a scenario file sees everything
# below. Keep it stable: scenario files on other branches are written against it.
#
# SCENARIO FILES
#   benchmarks/scenarios/<ids>-<words>.sh, e.g. p4-search.sh or p5-p6-dashboard.sh. The p<N> parts of the name say
#   which goals (P1..P10) the file measures; `SCENARIOS=P4 bash benchmarks/run.sh` runs only the files naming p4.
#   The file defines one function named after the file, dashes turned to underscores (p4-search.sh: p4_search),
#   and nothing runs when it is sourced. run.sh sources the file and calls the function with no arguments in a
#   subshell (so variables and `cd` do not leak), after the limits and with the application up, working directory
#   the repository. `set -euo pipefail` holds: a failing command ends the scenario, and what it recorded so far
#   stays. A goal with no figure at the end is reported "no figure" (CI fails on it).
#
# ENVIRONMENT (exported)
#   BENCH_SCALE          smoke | full
#   BENCH_DURATION       seconds of one measured load phase (smoke 5, full 30); BENCH_WARMUP seconds before it
#   APP_URL              http://127.0.0.1:$APP_PORT, the packaged application (demo mode) on the data set
#   APP_PORT, APP_PID    its port and process id (jstat/jcmd work on it; see restart_app)
#   PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE
#                        the data set's database on the benchmark cluster: plain psql, pgbench and \copy need no
#                        options. PG_BIN is the server's bin directory (pg_test_fsync and friends).
#   BENCH_WORK           an empty scratch directory of this scenario, removed after the run
#   BENCH_PORT_BASE      first of the ports a scenario may use for its own servers (sinks): BENCH_PORT_BASE..+39
#   Data set facts (the same rows on every run of a scale, see DataSet.java):
#   MERCHANT_ID          the demo merchant's id (uuid, as in payment_transaction.merchant_id)
#   MERCHANT_PUBLIC_ID   its public id, the {merchantId} of the API's paths
#   SERVICE_ID           the demo shop (its API token is `credential apiToken`)
#   BENCH_SHOPS          a file with the merchant's 200 shops' service ids, one a line, the demo shop first
#   BENCH_TRANSACTIONS   payment_transaction rows generated (smoke 100,000; full 10,000,000)
#   BENCH_FIRST_DAY BENCH_LAST_DAY
#                        the generated days (Europe/Warsaw dates, 12 months ending yesterday)
#   BENCH_AS_OF          an instant (UTC, ISO-8601) after every generated row: a snapshot `asOf` for reports
#   The rows: sales of 200 shops (the demo shop and "Sklep 002" … "Sklep 200") spread over the days, 8 to 22 h
#   Warsaw time, the first shops busiest (the demo shop about 7% of them, the last ones about 0.25% each); about 90% settled with their
#   commission, 7% rejected, 3% cancelled; about 5% of the settled sales get a settled refund (full or partial) a
#   day later; 10% of the sales in EUR, the rest PLN; methods blik, ecom3ds and mtransfer; order ids
#   `ORDER-<yyyymmdd>-<n>` (n counts the data set's sales), titles `Zamówienie <order id>`, payers from a short list
#   of Polish names with `klient<n>@example.com`. Each settled sale and refund is in a payout (one per shop,
#   currency and day, made just after midnight; a balance at or below zero is carried to the next one); the last 30
#   days' settled transactions each have a delivered status notification.
#
# FUNCTIONS
#   figure <P> <name> <value>   records a measured figure, e.g. `figure P4 p95_ms 12.3`
#   limit <P> <name> <value>    records the limit it is compared with, e.g. `limit P4 sql_p95_ms 1.1`
#     Ratios and verdicts are computed by run.sh from its goal table (benchmarks/Report.java); each goal reads one
#     figure and one limit by name, and its guards read further figures of the goal (a missing one fails):
#       P1 figure rps             limit insert_c8_tps (run.sh records it)   ratio ≥ 0.10 must, ≥ 0.20 goal
#          guards: non_2xx == 0, half_load_non_2xx == 0, p95_at_half_load_ms ≤ 25
#       P2 figure rows_per_s      limit copy_rows_per_s                      ratio ≥ 0.25 must, ≥ 0.50 goal
#          guards: first_byte_s ≤ 1, heap_peak_growth_mb ≤ 64
#       P3 figure rows_per_s      limit csv_rows_per_s                       ratio ≥ 0.5; guard identical_runs true
#       P4 figure p95_ms          limit sql_p95_ms                           p95 ≤ 3 × sql + 10 ms and ≤ 50 ms
#          guard: errors == 0 (failed or unanswered requests of the htmx answer)
#       P5 figure p95_ms          limit sql_p95_ms                           ratio ≤ 2; guard p95_ms ≤ 100
#       P6 figure p95_ms          limit raw_scan_ms                          ratio ≤ 0.05; guard rollup_equals_raw true
#       P7 figure rps             limit httpclient_rps                       ratio ≥ 0.5
#          guards: first_attempt_p95_ms ≤ 1000, lost_after_kill9 == 0
#       P8 figure healthy_rps     limit rps (P7's figure)                    ratio ≥ 0.9
#       P9 figure rows_per_s      limit copy_rows_per_s                      ratio ≥ 0.25
#          guard: api_p95_during_run_ms ≤ 2 × api_p95_quiet_ms
#       P10 figure insert_sync_off_tps limit insert_sync_on_tps (run.sh)     met when payment_synchronous_commit=on
#     Any other name is kept in the JSON as a further fact of the goal (e.g. `figure P4 json_p95_ms 14`).
#     A value is a plain number (no units, no thousands separators); `on`/`off` and `true`/`false` are kept as words.
#   psql_bench [args]           psql on the data set, quiet, stopping at the first error
#   credential <key>            the demo logins and keys: merchantId, serviceId, apiToken, serviceKey,
#                               representative.email, representative.password (also finance-active.*, ...)
#   login <cookie-jar> [role]   signs in to the panel as a demo user (default representative) with curl and
#                               leaves the session in the cookie jar; session_cookie <cookie-jar> prints
#                               `SESSION=<value>` for wrk's Cookie header
#   sql_p95 <P> <name> <sql-file> [clients] [seconds]
#                               runs the file's SQL with pgbench (default 2 clients, BENCH_DURATION seconds) and
#                               records its p95 in ms as `limit <P> <name>`; also prints it
#   wrk_measure <clients> <url> [lua-file]
#                               BENCH_WARMUP s of warm-up, then BENCH_DURATION s measured with wrk (2 threads);
#                               prints `requests rps non_2xx_or_socket_errors p50_ms p95_ms p99_ms`. A lua file
#                               may set the method, headers and body but must not define done()
#   start_sink <port> [delay-ms] starts WebhookSink.java (answers 200 after the delay), stopped after the scenario
#   restart_app [kill9]         stops the application (kill -9 with `kill9`) and starts it again on the same data
#   seconds_since <epoch-seconds-with-fraction>   prints elapsed seconds; `now` prints the current one

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

figure() { record figure "$@"; }
limit() { record limit "$@"; }
record() {
    local kind=$1 goal=$2 name=$3 value=$4
    printf '%s\t%s\t%s\t%s\n' "$kind" "$goal" "$name" "$value" >>"$BENCH_RECORDS"
    echo "    $kind $goal $name = $value"
}

psql_bench() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

credential() { sed -n "s/^$1=//p" "$BENCH_CREDENTIALS" | sed 's/\\:/:/g; s/\\=/=/g'; }

login() {
    local jar=$1 role=${2:-representative} page csrf
    page=$(curl -s -c "$jar" "$APP_URL/login")
    csrf=$(printf '%s' "$page" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
    curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "email=$(credential "$role.email")" \
        --data-urlencode "password=$(credential "$role.password")" --data-urlencode "_csrf=$csrf" "$APP_URL/login"
    [ -n "$(session_cookie "$jar")" ] || { echo "Signing in as $role failed" >&2; return 1; }
}
session_cookie() { awk '$6 == "SESSION" {print "SESSION=" $7}' "$1"; }

now() { date +%s.%N; }
seconds_since() { awk -v s="$1" -v e="$(now)" 'BEGIN {printf "%.3f", e - s}'; }

sql_p95() {
    local goal=$1 name=$2 file=$3 clients=${4:-2} seconds=${5:-$BENCH_DURATION} dir p95
    dir=$(mktemp -d -p "$BENCH_WORK")
    cp "$file" "$dir/query.sql"
    (cd "$dir" && pgbench -n -c "$clients" -j "$(( clients < 2 ? clients : 2 ))" -T "$seconds" -l -f query.sql \
        >/dev/null 2>&1)
    p95=$(cat "$dir"/pgbench_log.* | awk '{print $3}' | sort -n \
        | awk '{v[NR] = $1} END {i = int(NR * 0.95); if (i < 1) i = 1; printf "%.3f", v[i] / 1000}')
    limit "$goal" "$name" "$p95" >&2
    echo "$p95"
}

wrk_measure() {
    local clients=$1 url=$2 script=${3:-} threads
    threads=$(( clients < 2 ? clients : 2 ))
    local lua="$BENCH_WORK/measure-$RANDOM.lua"
    { [ -n "$script" ] && cat "$script"; cat <<'LUA'
done = function(summary, latency, requests)
    io.write(string.format("RESULT %d %.1f %d %.2f %.2f %.2f\n", summary.requests,
        summary.requests / (summary.duration / 1000000), summary.errors.status + summary.errors.connect
        + summary.errors.read + summary.errors.write + summary.errors.timeout, latency:percentile(50) / 1000,
        latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
    } >"$lua"
    [ "$BENCH_WARMUP" -gt 0 ] && wrk -t"$threads" -c"$clients" -d"${BENCH_WARMUP}s" -s "$lua" "$url" >/dev/null
    wrk -t"$threads" -c"$clients" -d"${BENCH_DURATION}s" -s "$lua" "$url" | sed -n 's/^RESULT //p'
}

# CPU time (user and system, in ms) the process has used so far, with its children's, live and ended: for the
# application, `cpu_ms "$APP_PID"`; for the benchmark cluster's server processes, `cpu_ms "$(postgres_pid)"`.
cpu_ms() {
    local pid=$1 ticks=0 process
    for process in "$pid" $(ps --ppid "$pid" -o pid= 2>/dev/null); do
        ticks=$(( ticks + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$process/stat" 2>/dev/null || echo 0) ))
    done
    echo $(( ticks * 1000 / $(getconf CLK_TCK) ))
}
postgres_pid() { head -n 1 "$(pg_lsclusters -h | awk -v port="$PGPORT" '$3 == port {print $6}')/postmaster.pid"; }

start_sink() {
    local port=$1 delay=${2:-0} log="$BENCH_WORK/sink-$1.log"
    java -Dsun.net.httpserver.nodelay=true "$bench_dir/WebhookSink.java" "$port" "$delay" >"$log" 2>&1 &
    echo $! >>"$BENCH_WORK/.sinks"
    for _ in $(seq 1 120); do
        grep -q ready "$log" 2>/dev/null && return
        sleep 0.5
    done
    echo "The webhook sink on port $port did not start" >&2
    return 1
}
stop_sinks() {
    [ -f "$BENCH_WORK/.sinks" ] || return 0
    while read -r pid; do kill "$pid" 2>/dev/null || true; done <"$BENCH_WORK/.sinks"
    rm -f "$BENCH_WORK/.sinks"
}
