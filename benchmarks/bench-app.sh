# Sourced by the benchmarks: a scratch directory removed on exit, wrk, a fresh database on Debian's PostgreSQL (as CI
# uses), and the packaged application started on it in demo mode and stopped on exit.
# Usage: start_bench_app <database> <port>. Sets work, PG_PORT, PG_BIN, app_pid; psql_bench runs psql on the
# database; credential <key> reads the demo merchant's logins and keys; start_sink <port> [delay ms] starts a local
# webhook receiver (WebhookSink.java), stopped on exit like the application.
work=$(mktemp -d)
app_pid=
sink_pids=()
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    for pid in "${sink_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

psql_bench() { psql -q -h localhost -p "$PG_PORT" -U bramka -d "$BENCH_DATABASE" -v ON_ERROR_STOP=1 "$@"; }
credential() { sed -n "s/^$1=//p" "$work/demo.properties"; }

start_bench_app() {
    BENCH_DATABASE=$1
    local port=$2 jar
    command -v wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
    . .ci/postgres.sh
    start_postgres "$BENCH_DATABASE"
    export PGPASSWORD=bramka

    echo "Building the application"
    ./mvnw -B -ntp -q -DskipTests package
    jar=$(ls target/bramka-*.jar | head -n 1)

    echo "Starting the application on port $port (demo merchant on a fresh database)"
    SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PG_PORT/$BENCH_DATABASE" SPRING_DATASOURCE_USERNAME=bramka \
        SPRING_DATASOURCE_PASSWORD=bramka BRAMKA_DEMO=true BRAMKA_DEMO_CREDENTIALS_FILE="$work/demo.properties" \
        BRAMKA_SECRETS_KEY=$(head -c 32 /dev/urandom | base64) java -jar "$jar" --server.port="$port" \
        >"$work/app.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 120); do
        # The demo credentials are written once the application is ready.
        [ -s "$work/demo.properties" ] && curl -s -o /dev/null "http://localhost:$port/login" && break
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 1
    done
    if [ ! -s "$work/demo.properties" ]; then
        echo "The application did not start:" >&2
        tail -n 40 "$work/app.log" >&2
        exit 1
    fi
}

start_sink() {
    local port=$1 delay=${2:-0}
    java -Dsun.net.httpserver.nodelay=true benchmarks/WebhookSink.java "$port" "$delay" >"$work/sink-$port.log" 2>&1 &
    sink_pids+=($!)
    for _ in $(seq 1 60); do
        grep -q ready "$work/sink-$port.log" 2>/dev/null && return
        sleep 0.5
    done
    echo "The webhook sink on port $port did not start" >&2
    exit 1
}
