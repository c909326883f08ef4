# Sourced by run.sh: the data set of a scale, generated once per generator version and kept in its database
# (bench_<scale>) on the benchmark cluster. ensure_dataset <scale> <transactions> regenerates it when the marker
# table bench_dataset is missing or names another version, then sets the data set's facts (see lib.sh).

dataset_version() { cat benchmarks/DataSet.java benchmarks/dataset.sh | sha256sum | cut -c1-16; }

# A command as the superuser postgres over the cluster's socket (not the bench role's PG* settings).
as_superuser() { runuser -u postgres -- env -u PGUSER -u PGPASSWORD PGHOST=/var/run/postgresql "$@"; }

LOADED_TABLES="payment payment_transaction payment_order transaction_status_change payout payout_item payout_run
    notification notification_attempt"

ensure_dataset() {
    local scale=$1 transactions=$2 version
    version=$(dataset_version)
    local found
    found=$(psql_bench -tAc "select generator_version from bench_dataset" 2>/dev/null || true)
    if [ "$found" != "$version" ]; then
        generate_dataset "$scale" "$transactions" "$version"
    else
        echo "Data set $PGDATABASE (generator $version) is there: reusing it"
    fi
    read_dataset_facts
}

read_dataset_facts() {
    psql_bench -tAc "select credentials from bench_dataset" >"$BENCH_CREDENTIALS"
    read -r MERCHANT_ID BENCH_TRANSACTIONS BENCH_FIRST_DAY BENCH_LAST_DAY BENCH_AS_OF BENCH_SECRETS_KEY < <(psql_bench \
        -tAF ' ' -c "select merchant_id, transactions, first_day, last_day,
            to_char(as_of at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), secrets_key from bench_dataset")
    MERCHANT_PUBLIC_ID=$(credential merchantId)
    SERVICE_ID=$(credential serviceId)
    psql_bench -tAc "select service_id from shop where merchant_id = '$MERCHANT_ID'
        order by service_id = '$SERVICE_ID' desc, name" >"$BENCH_SHOPS"
    export MERCHANT_ID MERCHANT_PUBLIC_ID SERVICE_ID BENCH_TRANSACTIONS BENCH_FIRST_DAY BENCH_LAST_DAY BENCH_AS_OF
}

generate_dataset() {
    local scale=$1 transactions=$2 version=$3 started dir
    started=$(now)
    echo "Generating the $scale data set ($transactions transactions) into $PGDATABASE"
    as_superuser psql -X -q -d postgres -v ON_ERROR_STOP=1 <<SQL
drop database if exists $PGDATABASE;
create database $PGDATABASE owner bramka;
SQL
    BENCH_SECRETS_KEY=$(head -c 32 /dev/urandom | base64)
    echo "  first start: Flyway and the demo merchant (no history)"
    start_app "$BENCH_STATE/demo-new.properties"
    stop_app
    cp "$BENCH_STATE/demo-new.properties" "$BENCH_CREDENTIALS"
    SERVICE_ID=$(credential serviceId)
    MERCHANT_ID=$(psql_bench -tAc "select merchant_id from shop where service_id = '$SERVICE_ID'")

    echo "  199 more shops with the demo shop's methods and commissions"
    psql_bench <<SQL
update shop set iban = 'PL61109010140000071219812874' where service_id = '$SERVICE_ID' and iban is null;
insert into shop (service_id, merchant_id, name, website, status, iban, created_at, modified_at)
select gen_random_uuid(), '$MERCHANT_ID', 'Sklep ' || lpad(i::text, 3, '0'), 'https://sklep' || i || '.example.com',
       'ACTIVE', 'PL61109010140000071219812874', now() - interval '13 months', now() - interval '13 months'
from generate_series(2, 200) i;
insert into shop_payment_method (service_id, method_code, enabled, percent_bp)
select s.service_id, m.method_code, m.enabled, m.percent_bp from shop s, shop_payment_method m
where s.merchant_id = '$MERCHANT_ID' and s.service_id <> '$SERVICE_ID' and m.service_id = '$SERVICE_ID';
insert into shop_payment_method_fee (service_id, method_code, currency, fixed_fee_minor)
select s.service_id, f.method_code, f.currency, f.fixed_fee_minor from shop s, shop_payment_method_fee f
where s.merchant_id = '$MERCHANT_ID' and s.service_id <> '$SERVICE_ID' and f.service_id = '$SERVICE_ID';
SQL
    # The superuser's psql reads the FIFOs: a directory of its own, readable by it.
    dir=$(mktemp -d)
    chmod 755 "$dir"
    # The demo shop first, then the rest by name: DataSet.java makes the first shops the busiest.
    psql_bench -tAF ' ' -c "select service_id, iban from shop where merchant_id = '$MERCHANT_ID'
        order by service_id = '$SERVICE_ID' desc, name" >"$dir/shops"
    psql_bench -tAF ' ' -c "select m.method_code, c.currency, m.percent_bp, coalesce(f.fixed_fee_minor, 0)
        from shop_payment_method m cross join (values ('PLN'), ('EUR')) c (currency)
        left join shop_payment_method_fee f on f.service_id = m.service_id and f.method_code = m.method_code
            and f.currency = c.currency
        where m.service_id = '$SERVICE_ID'" >"$dir/rates"

    echo "  dropping the loaded tables' secondary indexes"
    local tables
    tables=$(printf "'%s'," $LOADED_TABLES)
    psql_bench -tAc "select pg_get_indexdef(i.indexrelid) || ';' from pg_index i
        where i.indrelid = any(array[${tables%,}]::regclass[]) and not i.indisprimary
        and not exists (select from pg_constraint c where c.conindid = i.indexrelid)" >"$dir/indexes.sql"
    psql_bench -tAc "select 'drop index ' || i.indexrelid::regclass || ';' from pg_index i
        where i.indrelid = any(array[${tables%,}]::regclass[]) and not i.indisprimary
        and not exists (select from pg_constraint c where c.conindid = i.indexrelid)" | psql_bench

    BENCH_FIRST_DAY=$(psql_bench -tAc "select (now() at time zone 'Europe/Warsaw')::date - 365")
    BENCH_LAST_DAY=$(psql_bench -tAc "select (now() at time zone 'Europe/Warsaw')::date - 1")
    echo "  COPY of generated rows ($BENCH_FIRST_DAY … $BENCH_LAST_DAY)"
    # The first start's settlement run recorded yesterday's period; the generated runs replace it.
    psql_bench -c "delete from payout_run"
    # COPY as the superuser over the socket: the load skips foreign-key triggers (session_replication_role), which
    # only a superuser may, because the generator's rows are consistent by construction.
    local table pids=()
    for table in $LOADED_TABLES; do
        mkfifo "$dir/$table"
        chmod 644 "$dir/$table"
        as_superuser psql -X -q -d "$PGDATABASE" -v ON_ERROR_STOP=1 -c 'set session_replication_role = replica' \
            -c "\\copy $table ($(copy_columns "$table")) from '$dir/$table'" &
        pids+=($!)
    done
    java -Xmx2g benchmarks/DataSet.java "$dir" "$transactions" "$MERCHANT_ID" "$BENCH_FIRST_DAY" "$BENCH_LAST_DAY" \
        "$dir/shops" "$dir/rates"
    local pid
    for pid in "${pids[@]}"; do wait "$pid"; done
    echo "  loaded in $(seconds_since "$started") s; recreating the indexes"
    recreate_indexes "$dir/indexes.sql"
    echo "  sequences, the dashboard's rollup (its migration's backfill), vacuum and analyze"
    local backfill
    backfill=$(sed -n '/^insert into daily_turnover/,/;$/p' \
        src/main/resources/db/migration/dashboard/V2026112450__daily_turnover.sql)
    psql_bench -o /dev/null <<SQL
select setval('transaction_status_change_id_seq', (select max(id) from transaction_status_change));
select setval('payout_item_id_seq', (select max(id) from payout_item));
select setval('notification_id_seq', (select max(id) from notification));
truncate daily_turnover;
$backfill
SQL
    as_superuser vacuumdb -q -d "$PGDATABASE" --analyze -j 2
    psql_bench -v credentials="$(cat "$BENCH_CREDENTIALS")" <<SQL
create table bench_dataset (generator_version text not null, scale text not null, merchant_id uuid not null,
    transactions bigint not null, first_day date not null, last_day date not null, as_of timestamptz not null,
    credentials text not null, secrets_key text not null, generated_at timestamptz not null,
    generation_seconds numeric not null);
insert into bench_dataset values ('$version', '$scale', '$MERCHANT_ID',
    (select count(*) from payment_transaction), '$BENCH_FIRST_DAY', '$BENCH_LAST_DAY', now(), :'credentials',
    '$BENCH_SECRETS_KEY', now(), $(seconds_since "$started"));
SQL
    rm -rf "$dir"
    echo "  the data set took $(seconds_since "$started") s"
}

# Each index in its own statement, two sessions at a time (the machine has two cores).
recreate_indexes() {
    local file=$1
    PGOPTIONS="-c maintenance_work_mem=1GB" xargs -d '\n' -P 2 -I{} psql -X -q -v ON_ERROR_STOP=1 -c {} <"$file"
}

# The columns DataSet.java writes, in its order.
copy_columns() {
    case $1 in
        payment) echo "id, merchant_id, service_id, source, status, amount, currency, order_id, title,
            additional_description, customer_first_name, customer_last_name, customer_email, customer_phone, billing,
            shipping, url_success, url_failure, url_return, notification_url, visible_methods, preselect_method_code,
            lang, valid_to, created_at, modified_at, first_visited_at" ;;
        payment_transaction) echo "id, payment_id, merchant_id, service_id, type, status, source, amount, currency,
            order_id, title, payment_method, payment_method_code, notification_url, sale_id, status_code,
            status_code_description, blik_transaction_id, commission, valid_to, idempotency_key, idempotency_digest,
            created_at, modified_at, payer_action_url, payer_name, payer_email, acquirer_claimed_until" ;;
        payment_order) echo "service_id, order_id, merchant_id, currency, attempts, last_status, settled_amount,
            refunded_amount, first_at, last_at" ;;
        transaction_status_change) echo "id, transaction_id, from_status, to_status, event, status_code, occurred_at" ;;
        payout) echo "id, merchant_id, service_id, currency, period, status, sales_amount, refunds_amount, commission,
            carried_amount, amount, iban, created_at, sent_at, returned_at" ;;
        payout_item) echo "id, payout_id, merchant_id, service_id, currency, kind, transaction_id, source_payout, amount,
            commission, occurred_at" ;;
        payout_run) echo "period, started_at, finished_at, duration_ms, payouts_made" ;;
        notification) echo "id, public_id, merchant_id, service_id, stream_id, payment_id, transaction_id, kind,
            copy_of, event_status, url, url_source, url_host, body, status, attempts, next_attempt_at, lease_until,
            last_outcome, last_http_status, created_at, finished_at" ;;
        notification_attempt) echo "notification_id, attempt_no, node, url, started_at, finished_at, outcome,
            http_status, duration_ms, error, response_excerpt, next_attempt_at" ;;
    esac | tr -s ' \n' ' '
}
