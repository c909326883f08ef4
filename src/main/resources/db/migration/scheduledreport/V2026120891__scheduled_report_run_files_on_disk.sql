-- The files of runs move to disk (bramka.scheduled-reports.directory), written as they are made, instead of being
-- held in memory and stored here. Expand step: runs made before keep their content in the row and stay
-- downloadable until their keeping ends; the content column goes once none is left.
alter table scheduled_report_run add column file_stored boolean not null default false;

drop index scheduled_report_run_expiry_idx;
create index scheduled_report_run_expiry_idx on scheduled_report_run (file_expires_at)
    where content is not null or file_stored;
