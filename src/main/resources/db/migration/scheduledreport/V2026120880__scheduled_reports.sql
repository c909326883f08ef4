-- Reports e-mailed on a schedule. The next due time is stored, so a node that starts after a pause in the
-- application's life sees every due time it missed and makes them one by one.
create table scheduled_report (
    id            uuid primary key,
    merchant_id   uuid         not null references merchant (id),
    name          varchar(100) not null,
    report_type   varchar(20)  not null,
    -- the report form's filters: the shops (none: all) and the currency (null: all)
    shops         uuid[]       not null default '{}',
    currency      char(3),
    frequency     varchar(10)  not null check (frequency in ('DAILY', 'WEEKLY', 'MONTHLY', 'EVERY_DAYS')),
    run_at        time         not null,
    weekdays      smallint     not null default 0,
    day_of_month  smallint     not null default 0,
    every_days    smallint     not null default 0,
    start_day     date,
    period        varchar(10)  not null check (period in ('DAY', 'WEEK', 'MONTH', 'DAYS')),
    period_days   smallint     not null default 0,
    recipients    text         not null,
    owner_id      uuid         not null references user_account (id),
    paused        boolean      not null default false,
    next_run_at   timestamptz  not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);

create index scheduled_report_merchant_idx on scheduled_report (merchant_id, created_at, id);
create index scheduled_report_due_idx on scheduled_report (next_run_at) where not paused;

-- One row per run: a run due at a time covers one closed period, and (schedule, period) is unique for scheduled
-- runs, so two nodes (or two threads) planning the same due time cannot both make it. "Run now" rows are manual and
-- do not take a scheduled run's place.
create table scheduled_report_run (
    id              uuid primary key,
    schedule_id     uuid         not null references scheduled_report (id) on delete cascade,
    merchant_id     uuid         not null references merchant (id),
    manual          boolean      not null,
    due_at          timestamptz  not null,
    period_first    date         not null,
    period_last     date         not null,
    -- SENDING: the file is made and its e-mails queued; the run is done once the outbox has sent every one of them
    status          varchar(10)  not null check (status in ('PENDING', 'RUNNING', 'SENDING', 'DONE', 'FAILED')),
    attempts        smallint     not null default 0,
    next_attempt_at timestamptz  not null,
    lease_until     timestamptz,
    row_count       bigint,
    byte_count      bigint,
    duration_ms     bigint,
    error           varchar(500),
    recipients      text         not null,
    delivery        varchar(10),
    mail_ids        bigint[],
    file_name       varchar(100),
    content_type    varchar(100),
    content         bytea,
    file_expires_at timestamptz,
    created_at      timestamptz  not null,
    finished_at     timestamptz
);

create unique index scheduled_report_run_period_key on scheduled_report_run (schedule_id, period_first, period_last)
    where not manual;
create index scheduled_report_run_history_idx on scheduled_report_run (schedule_id, created_at desc, id desc);
create index scheduled_report_run_due_idx on scheduled_report_run (next_attempt_at)
    where status in ('PENDING', 'RUNNING', 'SENDING');
create index scheduled_report_run_expiry_idx on scheduled_report_run (file_expires_at) where content is not null;
