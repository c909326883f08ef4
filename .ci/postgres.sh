# Sourced by .ci/run and the benchmarks: installs Debian's PostgreSQL when missing, starts its main cluster and
# creates a fresh database owned by the role bramka. Usage: start_postgres <database>; sets PG_PORT.

start_postgres() {
    local database=$1
    export DEBIAN_FRONTEND=noninteractive
    if ! command -v pg_ctlcluster >/dev/null 2>&1; then
        apt-get update -qq
        apt-get install -y -qq postgresql >/dev/null
    fi
    local version
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -q "^$version main$"; then
        pg_createcluster "$version" main >/dev/null
    fi
    pg_ctlcluster "$version" main start 2>/dev/null || true
    PG_PORT=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
    PG_BIN=/usr/lib/postgresql/$version/bin
    export PG_PORT PG_BIN
    for _ in $(seq 1 30); do
        pg_isready -q -p "$PG_PORT" && break
        sleep 1
    done
    su postgres -c "psql -q -p $PG_PORT -v ON_ERROR_STOP=1" <<SQL
DROP DATABASE IF EXISTS $database;
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bramka') THEN
    CREATE ROLE bramka LOGIN PASSWORD 'bramka';
  END IF;
END \$\$;
CREATE DATABASE $database OWNER bramka;
SQL
}
