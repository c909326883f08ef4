# Sourced by the benchmarks that compare a report with psql's \copy of the same rows; needs $merchant and $as_of.
# bookings_sql <from> <to> [service id]: the whole merchant's bookings, or one shop's. last_whole_month sets
# month_from and month_to to the data set's last whole month.
# The bookings the application streams for a range with every operation (pl.bramka.report.Ledger), its parameters
# written in: sales and refunds, commissions, payouts sent and returned, in booking order, as one SELECT. The
# application reads the same rows as two ordered queries (transactions in their index's order, one row each carrying
# its commission, which Java splits into the sale and the commission; the range's payouts) merged in Java, so the
# file has exactly the rows this SELECT gives.
bookings_sql() {
    local from=$1 to=$2 shop=${3:-} start end
    start="'$from'::timestamp at time zone 'Europe/Warsaw'"
    end="('$to'::date + 1)::timestamp at time zone 'Europe/Warsaw'"
    local in_range="t.merchant_id = '$merchant' and t.modified_at >= $start and t.modified_at < $end
        and t.modified_at <= '$as_of'${shop:+ and t.service_id = '$shop'}"
    local paid="left join lateral (select po.id as payout_id, po.period as payout_date
        from payout_item pi join payout po on po.id = pi.payout_id
        where pi.transaction_id = t.id and po.created_at <= '$as_of' limit 1) paid on true"
    cat <<SQL
select booked_at, reference, kind_order, service_id, order_id, title, amount, commission, currency, status, method,
    payer, payout_id, payout_date, iban from (
select t.modified_at as booked_at, t.id as reference, case when t.type = 'sale' then 0 else 1 end as kind_order,
    t.service_id, t.order_id, t.title, case when t.type = 'sale' then t.amount else -t.amount end as amount,
    case when t.type = 'sale' and t.status = 'settled' then -coalesce(t.commission, 0) else 0 end as commission,
    t.currency, t.status, t.payment_method as method, t.payer_name as payer, paid.payout_id, paid.payout_date,
    cast(null as varchar) as iban
from payment_transaction t $paid
where t.type = any('{sale,refund}') and $in_range
union all
select t.modified_at, t.id, 2, t.service_id, t.order_id, t.title, -t.commission, cast(0 as bigint), t.currency,
    t.status, t.payment_method, t.payer_name, paid.payout_id, paid.payout_date, cast(null as varchar)
from payment_transaction t $paid
where t.type = 'sale' and t.status = 'settled' and t.commission > 0 and $in_range
union all
select p.sent_at, p.id, 3, p.service_id, cast(null as varchar), '', -p.amount, cast(0 as bigint), p.currency, 'sent',
    cast(null as varchar), cast(null as varchar), p.id, p.period, p.iban from payout p
where p.merchant_id = '$merchant'${shop:+ and p.service_id = '$shop'} and p.sent_at >= $start and p.sent_at < $end and p.sent_at <= '$as_of'
union all
select p.returned_at, p.id, 4, p.service_id, cast(null as varchar), '', p.amount, cast(0 as bigint), p.currency,
    'returned', cast(null as varchar), cast(null as varchar), p.id, p.period, p.iban from payout p
where p.merchant_id = '$merchant'${shop:+ and p.service_id = '$shop'} and p.returned_at >= $start and p.returned_at < $end
    and p.returned_at <= '$as_of'
) b order by booked_at, reference, kind_order
SQL
}

last_whole_month() {
    month_to=$(date -d "$(date -d "$BENCH_LAST_DAY + 1 day" +%Y-%m-01) - 1 day" +%F)
    [ "$month_to" = "$BENCH_LAST_DAY" ] || month_to=$(date -d "$(date -d "$BENCH_LAST_DAY" +%Y-%m-01) - 1 day" +%F)
    month_from=$(date -d "$month_to" +%Y-%m-01)
}
