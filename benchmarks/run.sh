#!/usr/bin/env bash
# Measures P1–P10 as ratios to limits measured in the same run on this machine (benchmarks/README.md).
#   SCALE=smoke|full   data set of 100,000 or 10,000,000 transactions (default smoke)
#   SCENARIOS=P1,P7    only the scenario files naming these goals (default: all of benchmarks/scenarios/)
#   README=yes|no      append the result table to benchmarks/README.md (default: yes for full, no for smoke)
#   BENCH_JAVA_OPTS    options for the application's JVM, e.g. a JFR recording: -XX:StartFlightRecording=…
# Starts the benchmark PostgreSQL cluster (.ci/postgres.sh, port BENCH_PG_PORT), generates the scale's data set
# once (benchmarks/dataset.sh), starts the packaged application on it, measures the limits, runs the scenario files
# (contract: benchmarks/lib.sh) and writes benchmarks/results/<date>-<scale>.json.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${SCALE:-smoke}
case $SCALE in
    smoke) transactions=100000; BENCH_DURATION=5; BENCH_WARMUP=2; limit_seconds=5 ;;
    full) transactions=10000000; BENCH_DURATION=30; BENCH_WARMUP=10; limit_seconds=20 ;;
    *) echo "SCALE must be smoke or full" >&2; exit 2 ;;
esac
README=${README:-$([ "$SCALE" = full ] && echo yes || echo no)}
BENCH_PG_PORT=${BENCH_PG_PORT:-18132}
APP_PORT=${APP_PORT:-18180}
BENCH_PORT_BASE=${BENCH_PORT_BASE:-18140}
export BENCH_SCALE=$SCALE BENCH_DURATION BENCH_WARMUP APP_PORT BENCH_PORT_BASE
export APP_URL="http://127.0.0.1:$APP_PORT"

BENCH_STATE=$(mktemp -d)
export BENCH_STATE BENCH_CREDENTIALS="$BENCH_STATE/demo.properties" BENCH_SHOPS="$BENCH_STATE/shops"
export BENCH_RECORDS="$BENCH_STATE/records.tsv"
: >"$BENCH_RECORDS"
cleanup() {
    stop_app
    rm -rf "$BENCH_STATE"
}
trap cleanup EXIT

. benchmarks/lib.sh
. benchmarks/dataset.sh
. .ci/postgres.sh

command -v wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

jar=$(ls target/bramka-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -type f | head -n 1)" ]; then
    echo "Building the application"
    ./mvnw -B -ntp -q -DskipTests package
    jar=$(ls target/bramka-*.jar | head -n 1)
fi

# The packaged application in demo mode on the data set; the credentials file is only written on a database's
# first start. Every report download streams (the background threshold is above any range of the data set), and the
# API's rate limits per token and per address are far above any load here (they still count every request).
start_app() {
    local credentials_file=${1:-$BENCH_STATE/demo-ignored.properties}
    mkdir -p "$BENCH_STATE/scheduled-reports"
    SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PGPORT/$PGDATABASE" SPRING_DATASOURCE_USERNAME=bramka \
        SPRING_DATASOURCE_PASSWORD=bramka BRAMKA_DEMO=true BRAMKA_DEMO_HISTORY_DAYS=0 \
        BRAMKA_DEMO_CREDENTIALS_FILE="$credentials_file" BRAMKA_SECRETS_KEY="$BENCH_SECRETS_KEY" \
        BRAMKA_REPORTS_BACKGROUND_THRESHOLD=100000000 BRAMKA_SCHEDULED_REPORTS_POLL_INTERVAL=1s \
        BRAMKA_RATE_LIMITS_API_PER_TOKEN=100000000/1m BRAMKA_RATE_LIMITS_API_PER_ADDRESS=100000000/1m \
        BRAMKA_SCHEDULED_REPORTS_DIRECTORY="$BENCH_STATE/scheduled-reports" \
        java ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port="$APP_PORT" >>"$BENCH_STATE/app.log" 2>&1 &
    APP_PID=$!
    echo "$APP_PID" >"$BENCH_STATE/app.pid"
    export APP_PID
    for _ in $(seq 1 600); do
        if curl -s -o /dev/null -f "$APP_URL/login"; then
            [ "$credentials_file" = "$BENCH_STATE/demo-ignored.properties" ] || [ -s "$credentials_file" ] && return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 1
    done
    echo "The application did not start:" >&2
    tail -n 40 "$BENCH_STATE/app.log" >&2
    return 1
}
stop_app() {
    local pid
    pid=$(cat "$BENCH_STATE/app.pid" 2>/dev/null || true)
    [ -n "$pid" ] || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    rm -f "$BENCH_STATE/app.pid"
}
restart_app() {
    local pid
    pid=$(cat "$BENCH_STATE/app.pid")
    if [ "${1:-}" = kill9 ]; then
        kill -9 "$pid"
        while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
        rm -f "$BENCH_STATE/app.pid"
    else
        stop_app
    fi
    start_app
}

# The single-row INSERT of P1 and P10 into a copy of payment_transaction (columns, checks and indexes, no foreign
# keys), with pgbench; prints tps.
insert_tps() {
    local clients=$1 synchronous_commit=$2
    cat >"$BENCH_STATE/insert.sql" <<SQL
insert into bench_transaction (id, payment_id, merchant_id, service_id, type, status, source, amount, currency,
    order_id, title, payment_method, payment_method_code, created_at, modified_at)
values (gen_random_uuid(), gen_random_uuid(), '$MERCHANT_ID', '$SERVICE_ID', 'sale', 'new', 'api', 1999,
    'PLN', 'ORDER-' || (random() * 1e9)::bigint, 'Order', 'pbl', 'ing', now(), now());
SQL
    PGOPTIONS="-c synchronous_commit=$synchronous_commit" pgbench -n -c "$clients" -j "$(( clients < 2 ? 1 : 2 ))" \
        -T "$limit_seconds" -f "$BENCH_STATE/insert.sql" 2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p'
}

measure_limits() {
    echo "Limits"
    psql_bench -c "set client_min_messages = warning" -c "drop table if exists bench_transaction" \
        -c "create table bench_transaction (like payment_transaction including all)"
    local c1 c8 c8_off started rows
    c1=$(insert_tps 1 on)
    c8=$(insert_tps 8 on)
    c8_off=$(insert_tps 8 off)
    psql_bench -c "drop table bench_transaction"
    limit P1 insert_c1_tps "$c1"
    limit P1 insert_c8_tps "$c8"
    limit P10 insert_sync_on_tps "$c8"
    figure P10 insert_sync_off_tps "$c8_off"
    # What the application's connections start with: the server's, the database's and the role's settings (the
    # JDBC URL sets none); that no code turns it off for payment state is the JUnit test's part.
    figure P10 payment_synchronous_commit "$(psql_bench -tAc 'show synchronous_commit')"
    started=$(now)
    psql_bench -c "\\copy (select * from payment_transaction) to '/dev/null' csv"
    rows=$(psql_bench -tAc "select count(*) from payment_transaction")
    echo "copy_all_rows_per_s=$(awk -v r="$rows" -v s="$(seconds_since "$started")" 'BEGIN {printf "%.0f", r / s}')" \
        >>"$BENCH_STATE/facts"
    echo "pg_test_fsync_fdatasync_ops_per_s=$("$PG_BIN/pg_test_fsync" -s 2 -f "$BENCH_STATE/fsync.test" 2>/dev/null \
        | awk '/fdatasync/ && /ops\/sec/ {print $2; exit}')" >>"$BENCH_STATE/facts"
    rm -f "$BENCH_STATE/fsync.test"
}

# Scenario files naming a selected goal, e.g. p5-p6-dashboard.sh for P5 or P6.
selected_scenarios() {
    local file ids
    for file in benchmarks/scenarios/*.sh; do
        [ -e "$file" ] || continue
        ids=$(basename "$file" .sh | grep -o 'p[0-9]\+' | tr 'p' 'P' | tr '\n' ',')
        if [ -z "${SCENARIOS:-}" ] || printf ',%s' "$ids" | grep -qE ",($(echo "$SCENARIOS" | tr ',' '|'))(,|$)"; then
            echo "$file"
        fi
    done
}

run_scenario() {
    local file=$1 function
    function=$(basename "$file" .sh | tr '-' '_')
    export BENCH_WORK="$BENCH_STATE/work-$function"
    mkdir -p "$BENCH_WORK"
    echo "Scenario $(basename "$file")"
    local started rc=0
    started=$(now)
    ( set -euo pipefail; trap stop_sinks EXIT; . "$file"; "$function" ) || rc=$?
    echo "scenario_$function=$([ "$rc" = 0 ] && echo ok || echo "failed ($rc)") in $(seconds_since "$started") s" \
        | tee -a "$BENCH_STATE/facts"
    rm -rf "$BENCH_WORK"
    # A scenario that restarted the application leaves its new process in app.pid.
    APP_PID=$(cat "$BENCH_STATE/app.pid" 2>/dev/null || true)
    export APP_PID
}

started_run=$(now)
start_bench_cluster "$BENCH_PG_PORT"
export PGHOST=localhost PGPORT=$PG_PORT PGUSER=bramka PGPASSWORD=bramka PGDATABASE="bench_$SCALE" PG_BIN
ensure_dataset "$SCALE" "$transactions"
export BENCH_SECRETS_KEY
echo "Starting the application on $APP_URL"
start_app
measure_limits
for file in $(selected_scenarios); do
    run_scenario "$file"
done
stop_app

mkdir -p benchmarks/results
{
    echo "scale=$SCALE"
    echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml benchmarks || echo '+changes')"
    echo "nproc=$(nproc)"
    echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)"
    echo "memory=$(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
    echo "java=$(java -version 2>&1 | head -n 1)"
    echo "postgres=$(psql_bench -tAc 'show server_version')"
    echo "load_average=$(cut -d ' ' -f 1-3 /proc/loadavg)"
    echo "transactions=$BENCH_TRANSACTIONS"
    echo "dataset_seconds=$(psql_bench -tAc 'select generation_seconds from bench_dataset')"
    echo "run_seconds=$(seconds_since "$started_run")"
    echo "scenarios=${SCENARIOS:-all}"
} >>"$BENCH_STATE/facts"
result="benchmarks/results/$(date -u +%Y-%m-%d)-$SCALE.json"
java benchmarks/Report.java "$BENCH_STATE/facts" "$BENCH_RECORDS" "$result" \
    "$([ "$README" = yes ] && echo benchmarks/README.md || echo -)"
echo "Written: $result"
