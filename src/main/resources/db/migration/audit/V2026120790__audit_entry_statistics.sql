-- A user belongs to one merchant, so "merchant_id = ? and actor_id = ?" matches about as many rows as the user's
-- filter alone. Without statistics on the pair the planner multiplies the two selectivities, expects a handful of
-- rows, and reads all of a busy user's entries through a bitmap to sort them for a page of 50, instead of walking
-- audit_entry_actor_idx newest first and stopping after the page.
create statistics if not exists audit_entry_merchant_actor_stats (dependencies, mcv) on merchant_id, actor_id
    from audit_entry;
analyze audit_entry;
