-- The report form's other options a schedule keeps, as that form's parameters; none chosen (empty) is the form's
-- default, so the schedules made before keep the reports they made.
alter table scheduled_report
    add column operations     text[]      not null default '{}',
    add column statuses       text[]      not null default '{}',
    add column methods        text[]      not null default '{}',
    add column report_columns text[]      not null default '{}',
    add column csv_dialect    varchar(20) not null default '',
    add column mt940_profile  varchar(30) not null default '',
    add column mt940_encoding varchar(20) not null default '',
    add column camt_version   varchar(10) not null default '';
