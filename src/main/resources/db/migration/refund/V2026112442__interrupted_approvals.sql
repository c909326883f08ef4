-- Approved requests whose refund is not recorded yet: normally for a moment, after a crash until a node completes them.
create index refund_request_approved_unrefunded_idx on refund_request (decided_at)
    where status = 'APPROVED' and refund_id is null;
