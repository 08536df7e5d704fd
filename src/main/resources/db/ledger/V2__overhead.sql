-- Gateway overhead per request: latency minus the time spent waiting on backends (routing,
-- classification, cache, accounting). Nullable: records written before this migration have none.
ALTER TABLE requests ADD COLUMN overhead_millis BIGINT;
