-- Report files too large to download while the user waits: written in the background to a file under
-- bramka.reports.generated-directory, listed at /reports/generated and kept seven days after they finish.
create table generated_report (
    id            uuid primary key,
    merchant_id   uuid        not null references merchant (id),
    requested_by  uuid        not null references user_account (id),
    file_name     text        not null,
    content_type  text        not null,
    -- the report's parameters as the user chose them (e.g. the download's query string), shown in the list
    parameters    text        not null,
    state         varchar(11) not null
        check (state in ('queued', 'running', 'done', 'failed', 'interrupted')),
    rows_written  bigint      not null default 0,
    expected_rows bigint      not null,
    bytes         bigint,
    -- the node that writes it and when that node last said it still does: a queued or running row whose heartbeat
    -- is stale belongs to a node that is gone, and becomes interrupted
    node_id       text        not null,
    heartbeat_at  timestamptz not null,
    requested_at  timestamptz not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    expires_at    timestamptz,
    error_message text,
    check ((state in ('queued', 'running')) = (finished_at is null)),
    check ((finished_at is null) = (expires_at is null))
);
-- The merchant's list, newest first, in keyset pages
create index generated_report_merchant_idx on generated_report (merchant_id, requested_at desc, id desc);
-- The cleanup of expired files and the sweep of unfinished ones left by a stopped node
create index generated_report_expiry_idx on generated_report (expires_at) where expires_at is not null;
create index generated_report_unfinished_idx on generated_report (heartbeat_at) where state in ('queued', 'running');
