-- The claims list counts and sums each claim's lines (lines, eligible lines, amount). With the index on claim_id
-- alone that read every line's row; with the columns it reads in the index, it reads the index alone. It replaces
-- the index on claim_id, whose every use this one serves, so a roster writes no more indexes than before.
DROP INDEX claim_line_by_claim;
CREATE INDEX claim_line_by_claim ON claim_line (claim_id, deleted, eligible, amount_fen);
