-- Each endpoint's pending notifications in the order they are due, so a claim reads only the few it takes.
create index notification_endpoint_queue_idx on notification (url_host, next_attempt_at, id) where status = 'PENDING';
