-- Data exchange between sites (DESIGN §6).

-- Each site's ledger is a chain of its own: an entry's place is (origin site, seq), so another site's entries can
-- be taken in beside this site's. Every entry stored so far was made here, so its place and hash stay as they are.
DROP INDEX ledger_entry_seq;
CREATE UNIQUE INDEX ledger_entry_chain ON ledger_entry (origin_site, seq);

-- A task number is the task: the same number taken in at two sites is one task. Placements name tasks by number,
-- so the ids can be made from the numbers without touching anything that points at them.
UPDATE recruitment_task SET id = 'task:' || task_no WHERE deleted = 0;

-- Two sites can each make a row that the other's unique keys refuse (the same credit code registered at a park and
-- at the office). Both are kept: the one that arrived second is held (sync_held = its version, which no other row
-- has; never set by this site's own writes, which keep 0), so the unique keys, now ending in sync_held, keep
-- guarding every row this site makes, and the pair is listed as a conflict. The keys keep their leading columns and
-- conditions, so the look-ups that used them still do.
ALTER TABLE enterprise ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX enterprise_credit_code_live;
CREATE UNIQUE INDEX enterprise_credit_code_live ON enterprise (credit_code, sync_held) WHERE deleted = 0;
ALTER TABLE enterprise_demand ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX enterprise_demand_year;
CREATE UNIQUE INDEX enterprise_demand_year ON enterprise_demand (enterprise_id, year, sync_held) WHERE deleted = 0;
ALTER TABLE intermediary ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX intermediary_credit_code_live;
CREATE UNIQUE INDEX intermediary_credit_code_live ON intermediary (credit_code, sync_held) WHERE deleted = 0 AND credit_code IS NOT NULL;
DROP INDEX intermediary_resident_id_live;
CREATE UNIQUE INDEX intermediary_resident_id_live ON intermediary (resident_id, sync_held) WHERE deleted = 0 AND resident_id IS NOT NULL;
ALTER TABLE worker ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX worker_resident_id_live;
CREATE UNIQUE INDEX worker_resident_id_live ON worker (resident_id, sync_held) WHERE deleted = 0;
ALTER TABLE policy_parameter ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX policy_parameter_version;
CREATE UNIQUE INDEX policy_parameter_version ON policy_parameter (policy_version, sync_held) WHERE deleted = 0;
ALTER TABLE placement ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX placement_once;
CREATE UNIQUE INDEX placement_once ON placement (worker_id, enterprise_id, hire_date, sync_held) WHERE deleted = 0;
ALTER TABLE claim ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX claim_no_unique;
CREATE UNIQUE INDEX claim_no_unique ON claim (claim_no, sync_held);
DROP INDEX claim_r1_once_a_year;
CREATE UNIQUE INDEX claim_r1_once_a_year ON claim (claimant_id, period_year, sync_held) WHERE rule = 'R1' AND deleted = 0;
ALTER TABLE claim_line ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX claim_line_once;
CREATE UNIQUE INDEX claim_line_once ON claim_line (claim_id, placement_id, sync_held) WHERE deleted = 0;
ALTER TABLE claim_flag ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX claim_flag_once;
CREATE UNIQUE INDEX claim_flag_once ON claim_flag (claim_id, line_id, kind, sync_held) WHERE deleted = 0;
ALTER TABLE payment_notice ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX payment_notice_no;
CREATE UNIQUE INDEX payment_notice_no ON payment_notice (notice_no, sync_held);
ALTER TABLE payment_notice_claim ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX payment_notice_claim_once;
CREATE UNIQUE INDEX payment_notice_claim_once ON payment_notice_claim (notice_id, claim_id, sync_held);
ALTER TABLE ledger_entry ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX ledger_entry_reversed_once;
CREATE UNIQUE INDEX ledger_entry_reversed_once ON ledger_entry (reverses, sync_held) WHERE reverses IS NOT NULL;
ALTER TABLE recruitment_task ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX recruitment_task_no;
CREATE UNIQUE INDEX recruitment_task_no ON recruitment_task (task_no, sync_held) WHERE deleted = 0;
ALTER TABLE headcount ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX headcount_once;
CREATE UNIQUE INDEX headcount_once ON headcount (enterprise_id, month, sync_held) WHERE deleted = 0;
ALTER TABLE disbursement_request ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX disbursement_request_no;
CREATE UNIQUE INDEX disbursement_request_no ON disbursement_request (request_no, sync_held);
ALTER TABLE agreement_student ADD COLUMN sync_held INTEGER NOT NULL DEFAULT 0;
DROP INDEX agreement_student_once;
CREATE UNIQUE INDEX agreement_student_once ON agreement_student (agreement_id, resident_id, sync_held) WHERE deleted = 0;

-- Rows that two sites changed since they last exchanged, or two rows that collide on a unique key: both versions
-- are kept (the other version's image in other_image, or the other row itself) until a person settles it.
-- The record travels, so every site lists the same conflicts and learns how each was settled.
CREATE TABLE sync_conflict (
  id            TEXT PRIMARY KEY,
  origin_site   TEXT NOT NULL,
  version       INTEGER NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  kind          TEXT NOT NULL CHECK (kind IN ('VERSION', 'DUPLICATE')),
  table_name    TEXT NOT NULL,
  row_id        TEXT NOT NULL,
  other_row_id  TEXT,
  other_version INTEGER NOT NULL,
  other_site    TEXT NOT NULL,
  other_image   BLOB,
  detected_at   TEXT NOT NULL,
  settled_at    TEXT,
  settled_by    TEXT,
  settlement    TEXT CHECK (settlement IS NULL OR settlement IN ('KEPT_THIS', 'TOOK_OTHER', 'MERGED', 'KEPT_BOTH'))
) STRICT;
CREATE INDEX sync_conflict_open ON sync_conflict (settled_at, detected_at);

-- Each change of a row, in this database's order: a package to a peer holds the rows whose last change came after
-- what the peer acknowledged. Only appended (a row's last line is the one that counts), so seq only grows and a
-- write costs one insert. parent_version: the version this version replaced, so a receiver can tell an edit made
-- on top of its own from one made beside it. came_from: the peer the row's version was taken in from (not sent
-- back there).
CREATE TABLE change_log (
  seq            INTEGER PRIMARY KEY,
  table_name     TEXT NOT NULL,
  row_id         TEXT NOT NULL,
  parent_version INTEGER NOT NULL,
  came_from      TEXT
) STRICT;
CREATE INDEX change_log_row ON change_log (table_name, row_id, seq);
CREATE INDEX change_log_by_table ON change_log (table_name, seq);

-- While a package is being applied (inside its one transaction) this holds the sender, and the import writes the
-- change log lines itself, with the sender's parent version and where the row came from, in one statement a row.
CREATE TABLE exchange_applying (
  peer TEXT NOT NULL
) STRICT;

CREATE TRIGGER agreement_student_logged AFTER INSERT ON agreement_student WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('agreement_student', NEW.id, 0);
END;
CREATE TRIGGER agreement_student_relogged AFTER UPDATE ON agreement_student WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('agreement_student', NEW.id, OLD.version);
END;
CREATE TRIGGER annotation_logged AFTER INSERT ON annotation WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('annotation', NEW.id, 0);
END;
CREATE TRIGGER annotation_relogged AFTER UPDATE ON annotation WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('annotation', NEW.id, OLD.version);
END;
CREATE TRIGGER claim_logged AFTER INSERT ON claim WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('claim', NEW.id, 0);
END;
CREATE TRIGGER claim_relogged AFTER UPDATE ON claim WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('claim', NEW.id, OLD.version);
END;
CREATE TRIGGER claim_event_logged AFTER INSERT ON claim_event WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('claim_event', NEW.id, 0);
END;
CREATE TRIGGER claim_event_relogged AFTER UPDATE ON claim_event WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('claim_event', NEW.id, OLD.version);
END;
CREATE TRIGGER claim_flag_logged AFTER INSERT ON claim_flag WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('claim_flag', NEW.id, 0);
END;
CREATE TRIGGER claim_flag_relogged AFTER UPDATE ON claim_flag WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('claim_flag', NEW.id, OLD.version);
END;
CREATE TRIGGER claim_line_logged AFTER INSERT ON claim_line WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('claim_line', NEW.id, 0);
END;
CREATE TRIGGER claim_line_relogged AFTER UPDATE ON claim_line WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('claim_line', NEW.id, OLD.version);
END;
CREATE TRIGGER demand_check_logged AFTER INSERT ON demand_check WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('demand_check', NEW.id, 0);
END;
CREATE TRIGGER demand_check_relogged AFTER UPDATE ON demand_check WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('demand_check', NEW.id, OLD.version);
END;
CREATE TRIGGER disbursement_request_logged AFTER INSERT ON disbursement_request WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('disbursement_request', NEW.id, 0);
END;
CREATE TRIGGER disbursement_request_relogged AFTER UPDATE ON disbursement_request WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('disbursement_request', NEW.id, OLD.version);
END;
CREATE TRIGGER enterprise_logged AFTER INSERT ON enterprise WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('enterprise', NEW.id, 0);
END;
CREATE TRIGGER enterprise_relogged AFTER UPDATE ON enterprise WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('enterprise', NEW.id, OLD.version);
END;
CREATE TRIGGER enterprise_contact_logged AFTER INSERT ON enterprise_contact WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('enterprise_contact', NEW.id, 0);
END;
CREATE TRIGGER enterprise_contact_relogged AFTER UPDATE ON enterprise_contact WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('enterprise_contact', NEW.id, OLD.version);
END;
CREATE TRIGGER enterprise_demand_logged AFTER INSERT ON enterprise_demand WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('enterprise_demand', NEW.id, 0);
END;
CREATE TRIGGER enterprise_demand_relogged AFTER UPDATE ON enterprise_demand WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('enterprise_demand', NEW.id, OLD.version);
END;
CREATE TRIGGER enterprise_recognition_logged AFTER INSERT ON enterprise_recognition WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('enterprise_recognition', NEW.id, 0);
END;
CREATE TRIGGER enterprise_recognition_relogged AFTER UPDATE ON enterprise_recognition WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('enterprise_recognition', NEW.id, OLD.version);
END;
CREATE TRIGGER enterprise_request_logged AFTER INSERT ON enterprise_request WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('enterprise_request', NEW.id, 0);
END;
CREATE TRIGGER enterprise_request_relogged AFTER UPDATE ON enterprise_request WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('enterprise_request', NEW.id, OLD.version);
END;
CREATE TRIGGER enterprise_tier_logged AFTER INSERT ON enterprise_tier WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('enterprise_tier', NEW.id, 0);
END;
CREATE TRIGGER enterprise_tier_relogged AFTER UPDATE ON enterprise_tier WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('enterprise_tier', NEW.id, OLD.version);
END;
CREATE TRIGGER headcount_logged AFTER INSERT ON headcount WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('headcount', NEW.id, 0);
END;
CREATE TRIGGER headcount_relogged AFTER UPDATE ON headcount WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('headcount', NEW.id, OLD.version);
END;
CREATE TRIGGER intermediary_logged AFTER INSERT ON intermediary WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('intermediary', NEW.id, 0);
END;
CREATE TRIGGER intermediary_relogged AFTER UPDATE ON intermediary WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('intermediary', NEW.id, OLD.version);
END;
CREATE TRIGGER job_fair_logged AFTER INSERT ON job_fair WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('job_fair', NEW.id, 0);
END;
CREATE TRIGGER job_fair_relogged AFTER UPDATE ON job_fair WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('job_fair', NEW.id, OLD.version);
END;
CREATE TRIGGER job_seeker_logged AFTER INSERT ON job_seeker WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('job_seeker', NEW.id, 0);
END;
CREATE TRIGGER job_seeker_relogged AFTER UPDATE ON job_seeker WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('job_seeker', NEW.id, OLD.version);
END;
CREATE TRIGGER labour_post_logged AFTER INSERT ON labour_post WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('labour_post', NEW.id, 0);
END;
CREATE TRIGGER labour_post_relogged AFTER UPDATE ON labour_post WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('labour_post', NEW.id, OLD.version);
END;
CREATE TRIGGER ledger_entry_logged AFTER INSERT ON ledger_entry WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('ledger_entry', NEW.id, 0);
END;
CREATE TRIGGER ledger_entry_relogged AFTER UPDATE ON ledger_entry WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('ledger_entry', NEW.id, OLD.version);
END;
CREATE TRIGGER meeting_logged AFTER INSERT ON meeting WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('meeting', NEW.id, 0);
END;
CREATE TRIGGER meeting_relogged AFTER UPDATE ON meeting WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('meeting', NEW.id, OLD.version);
END;
CREATE TRIGGER meeting_action_logged AFTER INSERT ON meeting_action WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('meeting_action', NEW.id, 0);
END;
CREATE TRIGGER meeting_action_relogged AFTER UPDATE ON meeting_action WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('meeting_action', NEW.id, OLD.version);
END;
CREATE TRIGGER park_facility_logged AFTER INSERT ON park_facility WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('park_facility', NEW.id, 0);
END;
CREATE TRIGGER park_facility_relogged AFTER UPDATE ON park_facility WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('park_facility', NEW.id, OLD.version);
END;
CREATE TRIGGER payment_notice_logged AFTER INSERT ON payment_notice WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('payment_notice', NEW.id, 0);
END;
CREATE TRIGGER payment_notice_relogged AFTER UPDATE ON payment_notice WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('payment_notice', NEW.id, OLD.version);
END;
CREATE TRIGGER payment_notice_claim_logged AFTER INSERT ON payment_notice_claim WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('payment_notice_claim', NEW.id, 0);
END;
CREATE TRIGGER payment_notice_claim_relogged AFTER UPDATE ON payment_notice_claim WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('payment_notice_claim', NEW.id, OLD.version);
END;
CREATE TRIGGER placement_logged AFTER INSERT ON placement WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('placement', NEW.id, 0);
END;
CREATE TRIGGER placement_relogged AFTER UPDATE ON placement WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('placement', NEW.id, OLD.version);
END;
CREATE TRIGGER policy_parameter_logged AFTER INSERT ON policy_parameter WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('policy_parameter', NEW.id, 0);
END;
CREATE TRIGGER policy_parameter_relogged AFTER UPDATE ON policy_parameter WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('policy_parameter', NEW.id, OLD.version);
END;
CREATE TRIGGER publicity_logged AFTER INSERT ON publicity WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('publicity', NEW.id, 0);
END;
CREATE TRIGGER publicity_relogged AFTER UPDATE ON publicity WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('publicity', NEW.id, OLD.version);
END;
CREATE TRIGGER recognition_request_logged AFTER INSERT ON recognition_request WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('recognition_request', NEW.id, 0);
END;
CREATE TRIGGER recognition_request_relogged AFTER UPDATE ON recognition_request WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('recognition_request', NEW.id, OLD.version);
END;
CREATE TRIGGER recruitment_task_logged AFTER INSERT ON recruitment_task WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('recruitment_task', NEW.id, 0);
END;
CREATE TRIGGER recruitment_task_relogged AFTER UPDATE ON recruitment_task WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('recruitment_task', NEW.id, OLD.version);
END;
CREATE TRIGGER school_agreement_logged AFTER INSERT ON school_agreement WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('school_agreement', NEW.id, 0);
END;
CREATE TRIGGER school_agreement_relogged AFTER UPDATE ON school_agreement WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('school_agreement', NEW.id, OLD.version);
END;
CREATE TRIGGER school_major_logged AFTER INSERT ON school_major WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('school_major', NEW.id, 0);
END;
CREATE TRIGGER school_major_relogged AFTER UPDATE ON school_major WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('school_major', NEW.id, OLD.version);
END;
CREATE TRIGGER staff_member_logged AFTER INSERT ON staff_member WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('staff_member', NEW.id, 0);
END;
CREATE TRIGGER staff_member_relogged AFTER UPDATE ON staff_member WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('staff_member', NEW.id, OLD.version);
END;
CREATE TRIGGER work_fund_expenditure_logged AFTER INSERT ON work_fund_expenditure WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('work_fund_expenditure', NEW.id, 0);
END;
CREATE TRIGGER work_fund_expenditure_relogged AFTER UPDATE ON work_fund_expenditure WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('work_fund_expenditure', NEW.id, OLD.version);
END;
CREATE TRIGGER worker_logged AFTER INSERT ON worker WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('worker', NEW.id, 0);
END;
CREATE TRIGGER worker_relogged AFTER UPDATE ON worker WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('worker', NEW.id, OLD.version);
END;
CREATE TRIGGER sync_conflict_logged AFTER INSERT ON sync_conflict WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('sync_conflict', NEW.id, 0);
END;
CREATE TRIGGER sync_conflict_relogged AFTER UPDATE ON sync_conflict WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('sync_conflict', NEW.id, OLD.version);
END;
-- Every row already here is news to every peer, oldest first.
INSERT INTO change_log (table_name, row_id, parent_version)
SELECT t, id, 0 FROM (
SELECT 'agreement_student' AS t, id, version FROM agreement_student
  UNION ALL SELECT 'annotation' AS t, id, version FROM annotation
  UNION ALL SELECT 'claim' AS t, id, version FROM claim
  UNION ALL SELECT 'claim_event' AS t, id, version FROM claim_event
  UNION ALL SELECT 'claim_flag' AS t, id, version FROM claim_flag
  UNION ALL SELECT 'claim_line' AS t, id, version FROM claim_line
  UNION ALL SELECT 'demand_check' AS t, id, version FROM demand_check
  UNION ALL SELECT 'disbursement_request' AS t, id, version FROM disbursement_request
  UNION ALL SELECT 'enterprise' AS t, id, version FROM enterprise
  UNION ALL SELECT 'enterprise_contact' AS t, id, version FROM enterprise_contact
  UNION ALL SELECT 'enterprise_demand' AS t, id, version FROM enterprise_demand
  UNION ALL SELECT 'enterprise_recognition' AS t, id, version FROM enterprise_recognition
  UNION ALL SELECT 'enterprise_request' AS t, id, version FROM enterprise_request
  UNION ALL SELECT 'enterprise_tier' AS t, id, version FROM enterprise_tier
  UNION ALL SELECT 'headcount' AS t, id, version FROM headcount
  UNION ALL SELECT 'intermediary' AS t, id, version FROM intermediary
  UNION ALL SELECT 'job_fair' AS t, id, version FROM job_fair
  UNION ALL SELECT 'job_seeker' AS t, id, version FROM job_seeker
  UNION ALL SELECT 'labour_post' AS t, id, version FROM labour_post
  UNION ALL SELECT 'ledger_entry' AS t, id, version FROM ledger_entry
  UNION ALL SELECT 'meeting' AS t, id, version FROM meeting
  UNION ALL SELECT 'meeting_action' AS t, id, version FROM meeting_action
  UNION ALL SELECT 'park_facility' AS t, id, version FROM park_facility
  UNION ALL SELECT 'payment_notice' AS t, id, version FROM payment_notice
  UNION ALL SELECT 'payment_notice_claim' AS t, id, version FROM payment_notice_claim
  UNION ALL SELECT 'placement' AS t, id, version FROM placement
  UNION ALL SELECT 'policy_parameter' AS t, id, version FROM policy_parameter
  UNION ALL SELECT 'publicity' AS t, id, version FROM publicity
  UNION ALL SELECT 'recognition_request' AS t, id, version FROM recognition_request
  UNION ALL SELECT 'recruitment_task' AS t, id, version FROM recruitment_task
  UNION ALL SELECT 'school_agreement' AS t, id, version FROM school_agreement
  UNION ALL SELECT 'school_major' AS t, id, version FROM school_major
  UNION ALL SELECT 'staff_member' AS t, id, version FROM staff_member
  UNION ALL SELECT 'work_fund_expenditure' AS t, id, version FROM work_fund_expenditure
  UNION ALL SELECT 'worker' AS t, id, version FROM worker
) ORDER BY version, t, id;

-- This site's keys (Tink keysets): the private halves never leave this database's machine, and a backup leaves
-- them out.
CREATE TABLE site_key (
  purpose     TEXT PRIMARY KEY CHECK (purpose IN ('SIGN', 'AGREE')),
  private_key BLOB NOT NULL,
  public_key  BLOB NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;

-- Sites this one trusts, from their cards; and what was sent to and taken in from each.
-- acknowledged: the last change_log seq of ours the peer said it took in; received: the last of the peer's it sent us.
CREATE TABLE exchange_peer (
  site         TEXT PRIMARY KEY CHECK (site IN ('OFFICE', 'ECONOMIC_PARK', 'LOGISTICS_BASE', 'MALIU_RIVERSIDE')),
  sign_key     BLOB NOT NULL,
  agree_key    BLOB NOT NULL,
  fingerprint  TEXT NOT NULL,
  paired_at    TEXT NOT NULL,
  sent_seq     INTEGER NOT NULL DEFAULT 0,
  sent_up_to   INTEGER NOT NULL DEFAULT 0,
  acknowledged INTEGER NOT NULL DEFAULT 0,
  received_seq INTEGER NOT NULL DEFAULT 0,
  received     INTEGER NOT NULL DEFAULT 0
) STRICT;

-- The last entry of each site's ledger chain as a peer held it, from the packages taken in: a witness that a later
-- rewrite of this file cannot match (`ledger verify` checks every one). Local: each site keeps what it was told.
CREATE TABLE chain_witness (
  site      TEXT NOT NULL,
  seq       INTEGER NOT NULL,
  hash      TEXT NOT NULL,
  told_by   TEXT NOT NULL,
  told_at   TEXT NOT NULL,
  PRIMARY KEY (site, seq)
) STRICT;

-- Every package written or taken in; an id here is never applied again. up_to: the last change the package covers
-- (ours when OUT, the peer's when IN).
CREATE TABLE exchange_package (
  id         TEXT PRIMARY KEY,
  direction  TEXT NOT NULL CHECK (direction IN ('OUT', 'IN')),
  peer       TEXT NOT NULL,
  seq        INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  done_at    TEXT NOT NULL,
  rows       INTEGER NOT NULL,
  up_to      INTEGER NOT NULL,
  conflicts  INTEGER NOT NULL DEFAULT 0,
  file_name  TEXT NOT NULL,
  user_name  TEXT NOT NULL
) STRICT;
CREATE INDEX exchange_package_by_peer ON exchange_package (peer, direction, seq);
