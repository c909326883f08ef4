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

# The benchmarks' own cluster (performance.md B2: shared_buffers=2GB, max_wal_size=8GB, the rest default), so their
# load never restarts or slows the main cluster CI and other benchmarks share. Usage: start_bench_cluster <port>;
# sets PG_PORT and PG_BIN and makes sure the role bramka exists. Databases are the caller's.
start_bench_cluster() {
    local port=$1 version
    export DEBIAN_FRONTEND=noninteractive
    if ! command -v pg_ctlcluster >/dev/null 2>&1; then
        apt-get update -qq
        apt-get install -y -qq postgresql >/dev/null
    fi
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -q "^$version bench$"; then
        pg_createcluster "$version" bench -p "$port" -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null
        pg_conftool "$version" bench set shared_buffers 2GB
        pg_conftool "$version" bench set max_wal_size 8GB
    fi
    pg_ctlcluster "$version" bench start 2>/dev/null || true
    PG_PORT=$port
    PG_BIN=/usr/lib/postgresql/$version/bin
    export PG_PORT PG_BIN
    for _ in $(seq 1 30); do
        pg_isready -q -h localhost -p "$PG_PORT" && break
        sleep 1
    done
    su postgres -c "psql -q -p $PG_PORT -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bramka') THEN
    CREATE ROLE bramka LOGIN PASSWORD 'bramka';
  END IF;
END \$\$;
SQL
}
