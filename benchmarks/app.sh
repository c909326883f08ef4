# Sourced by the benchmark scripts, after .ci/postgres.sh's start_postgres: builds the jar and runs it in demo mode
# on a fresh database. Usage: start_app <database> <port> <work directory>; sets APP_PID; credential <name> reads
# the demo merchant's credentials.

start_app() {
    local database=$1 port=$2 work=$3
    echo "Building the application"
    ./mvnw -B -ntp -q -DskipTests package
    local jar
    jar=$(ls target/bramka-*.jar | head -n 1)
    echo "Starting the application on port $port (demo merchant on a fresh database)"
    SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PG_PORT/$database" SPRING_DATASOURCE_USERNAME=bramka \
        SPRING_DATASOURCE_PASSWORD=bramka BRAMKA_DEMO=true BRAMKA_DEMO_CREDENTIALS_FILE="$work/demo.properties" \
        BRAMKA_SECRETS_KEY=$(head -c 32 /dev/urandom | base64) java -jar "$jar" --server.port="$port" \
        >"$work/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 120); do
        curl -s -o /dev/null "http://localhost:$port/login" && break
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 1
    done
    if [ ! -s "$work/demo.properties" ]; then
        echo "The application did not start:" >&2
        tail -n 40 "$work/app.log" >&2
        exit 1
    fi
    CREDENTIALS_FILE=$work/demo.properties
}

credential() { sed -n "s/^$1=//p" "$CREDENTIALS_FILE"; }

# The machine and software a result was measured on, as JSON members.
machine_json() {
    printf '"commit":"%s","nproc":%s,"cpu":"%s","java":"%s","postgres":"%s"' "$(git rev-parse --short HEAD)" \
        "$(nproc)" "$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)" \
        "$(java -version 2>&1 | head -n 1 | tr -d '"')" "$(psql_bench -tAc 'show server_version')"
}
