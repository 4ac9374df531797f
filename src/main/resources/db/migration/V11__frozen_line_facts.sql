-- The facts each line of a claim was judged on, kept as they stood when the claim passed 初审 (FIRST_CHECK): later
-- edits of the placement, the worker or the enterprise do not change a claim under way, and a reprinted 审批表 shows
-- what was judged. A claim sent back (退回补正), judged again and passed again gets a second set beside the first
-- (event_id: the 初审 that froze it); both stay. Append-only.
CREATE TABLE claim_line_fact (
  id                TEXT PRIMARY KEY,
  origin_site       TEXT NOT NULL,
  version           INTEGER NOT NULL,
  updated_at        TEXT NOT NULL,
  deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0),
  claim_id          TEXT NOT NULL REFERENCES claim (id),
  line_id           TEXT NOT NULL REFERENCES claim_line (id),
  event_id          TEXT NOT NULL REFERENCES claim_event (id),
  frozen_at         TEXT NOT NULL,
  worker_name       TEXT NOT NULL,
  resident_id       TEXT NOT NULL,
  enterprise_id     TEXT NOT NULL,
  enterprise_name   TEXT NOT NULL,
  tier              TEXT,
  park              TEXT,
  channel           TEXT NOT NULL,
  hire_date         TEXT NOT NULL,
  confirmed_on      TEXT,
  leave_date        TEXT,
  insured_months    TEXT NOT NULL,
  task_ref          TEXT,
  parameter_version INTEGER NOT NULL,
  eligible          INTEGER NOT NULL CHECK (eligible IN (0, 1)),
  amount_fen        INTEGER NOT NULL,
  months_counted    INTEGER,
  funding_source    TEXT,
  failures          TEXT NOT NULL
) STRICT;
CREATE INDEX claim_line_fact_by_line ON claim_line_fact (line_id, frozen_at);
CREATE INDEX claim_line_fact_by_claim ON claim_line_fact (claim_id);
CREATE TRIGGER claim_line_fact_no_update BEFORE UPDATE ON claim_line_fact BEGIN SELECT RAISE(ABORT, 'claim_line_fact is append-only'); END;
CREATE TRIGGER claim_line_fact_no_delete BEFORE DELETE ON claim_line_fact BEGIN SELECT RAISE(ABORT, 'claim_line_fact is append-only'); END;
CREATE TRIGGER claim_line_fact_logged AFTER INSERT ON claim_line_fact WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('claim_line_fact', NEW.id, 0);
END;

-- 作废: a record created wrongly (a register row, a placement not in a judged claim, an enterprise contact) is voided
-- with a reason, never deleted: the row gets its tombstone (deleted = 1) and this says who voided it, when and why.
CREATE TABLE voiding (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0),
  table_name  TEXT NOT NULL,
  row_id      TEXT NOT NULL,
  reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  user_name   TEXT NOT NULL,
  at          TEXT NOT NULL
) STRICT;
CREATE INDEX voiding_by_row ON voiding (table_name, row_id);
CREATE TRIGGER voiding_no_update BEFORE UPDATE ON voiding BEGIN SELECT RAISE(ABORT, 'voiding is append-only'); END;
CREATE TRIGGER voiding_no_delete BEFORE DELETE ON voiding BEGIN SELECT RAISE(ABORT, 'voiding is append-only'); END;
CREATE TRIGGER voiding_logged AFTER INSERT ON voiding WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('voiding', NEW.id, 0);
END;
