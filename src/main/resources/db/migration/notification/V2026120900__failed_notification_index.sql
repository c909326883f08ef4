-- The failed-deliveries metric counts these at every scrape: a partial index keeps that to the failed rows.
create index notification_failed_idx on notification (id) where status = 'FAILED';
