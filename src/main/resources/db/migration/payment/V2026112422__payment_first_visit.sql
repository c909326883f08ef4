-- When the payer first opened the payment page: the API's payment object reports it (isConfirmVisited).
alter table payment add column first_visited_at timestamptz;
