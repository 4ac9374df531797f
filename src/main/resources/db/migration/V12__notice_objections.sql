-- 公示异议: an objection to one line of a claim, raised while a 公示 listing the claim ran (who objected, on which day,
-- what they said, and who wrote it down). The line is not paid while the objection is open. A reviewer settles it
-- once, with a reason: UPHELD withholds the line (its amount leaves the commitment), DISMISSED lets it be paid.
CREATE TABLE notice_objection (
  id           TEXT PRIMARY KEY,
  origin_site  TEXT NOT NULL,
  version      INTEGER NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  notice_id    TEXT NOT NULL REFERENCES payment_notice (id),
  claim_id     TEXT NOT NULL REFERENCES claim (id),
  line_id      TEXT NOT NULL REFERENCES claim_line (id),
  raised_by    TEXT NOT NULL CHECK (length(trim(raised_by)) > 0),
  raised_on    TEXT NOT NULL,
  content      TEXT NOT NULL CHECK (length(trim(content)) > 0),
  recorded_by  TEXT NOT NULL,
  outcome      TEXT CHECK (outcome IN ('UPHELD', 'DISMISSED')),
  settlement   TEXT,
  settled_by   TEXT,
  settled_on   TEXT,
  CHECK ((outcome IS NULL) = (settlement IS NULL) AND (outcome IS NULL) = (settled_by IS NULL))
) STRICT;
CREATE INDEX notice_objection_by_claim ON notice_objection (claim_id, line_id);
CREATE INDEX notice_objection_by_notice ON notice_objection (notice_id);
CREATE TRIGGER notice_objection_logged AFTER INSERT ON notice_objection WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('notice_objection', NEW.id, 0);
END;
CREATE TRIGGER notice_objection_relogged AFTER UPDATE ON notice_objection WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('notice_objection', NEW.id, OLD.version);
END;
