-- A user belongs to one merchant, so "merchant_id = ? and actor_id = ?" matches about as many rows as the user's
-- filter alone. Without statistics on the pair the planner multiplies the two selectivities, expects a handful of
-- rows, and reads all of a busy user's entries through a bitmap to sort them for a page of 50, instead of walking
-- audit_entry_actor_idx newest first and stopping after the page.
-- Repeatable (it runs after the versioned scripts, and again only when changed), because audit_entry is created by a
-- version above the range this change was given; "if not exists" makes a second run harmless.
create statistics if not exists audit_entry_merchant_actor_stats (dependencies, mcv) on merchant_id, actor_id
    from audit_entry;
analyze audit_entry;
