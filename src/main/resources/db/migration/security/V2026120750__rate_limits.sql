-- Request counts of the rate limits (pl.bramka.security.RateLimiter): one row per limited key (a limit and an address
-- or API token hash), counting the requests of the window that began with its first request. Shared by every node.
create table rate_limit_window (
    limit_key    varchar(200) primary key,
    window_start timestamptz  not null,
    hits         integer      not null
);
-- Windows long past are deleted by time
create index rate_limit_window_start_idx on rate_limit_window (window_start);
