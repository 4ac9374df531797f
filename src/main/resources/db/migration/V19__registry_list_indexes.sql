-- The enterprise list and its filters read from indexes alone: the list in name order with what it shows and
-- filters on (replacing the index on name, so the list's own index is no more to write), the tier filter with the
-- validity dates, and the live enterprises by id for the filters that pick ids.
DROP INDEX enterprise_name;
CREATE INDEX enterprise_name ON enterprise (name, id, credit_code, deleted, park);
DROP INDEX enterprise_tier_by_tier;
CREATE INDEX enterprise_tier_by_tier ON enterprise_tier (tier, enterprise_id, deleted, valid_from, valid_to);
CREATE INDEX enterprise_id_live ON enterprise (id, deleted);
-- each listed enterprise's tier on the day, read from the index alone
DROP INDEX enterprise_tier_by_enterprise;
CREATE INDEX enterprise_tier_by_enterprise ON enterprise_tier (enterprise_id, valid_from, valid_to, deleted, tier);
