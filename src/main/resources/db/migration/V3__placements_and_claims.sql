-- Placements (用工记录): who was hired where, through whose delivery. insured_months lists the months
-- ('YYYY-MM', sorted, comma-separated) in which all five insurances were paid.
CREATE TABLE placement (
  id              TEXT PRIMARY KEY,
  origin_site     TEXT NOT NULL,
  version         INTEGER NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  worker_id       TEXT NOT NULL REFERENCES worker (id),
  enterprise_id   TEXT NOT NULL REFERENCES enterprise (id),
  intermediary_id TEXT REFERENCES intermediary (id),
  channel         TEXT NOT NULL CHECK (channel IN ('BASIC_SOCIAL', 'EMERGENCY_SOCIAL', 'CAMPUS', 'DIRECT')),
  hire_date       TEXT NOT NULL,
  confirmed_on    TEXT,
  leave_date      TEXT,
  insured_months  TEXT NOT NULL DEFAULT '',
  task_ref        TEXT,
  task_type       TEXT CHECK (task_type IS NULL OR task_type IN ('BASIC', 'EMERGENCY')),
  CHECK (leave_date IS NULL OR leave_date >= hire_date)
) STRICT;
CREATE INDEX placement_by_worker ON placement (worker_id, hire_date);
CREATE INDEX placement_by_enterprise ON placement (enterprise_id, hire_date);
CREATE INDEX placement_by_intermediary ON placement (intermediary_id, hire_date);
CREATE UNIQUE INDEX placement_once ON placement (worker_id, enterprise_id, hire_date) WHERE deleted = 0;

-- Claims (补贴申报): R1/R2 by an intermediary, R3 by an enterprise; R1 once per intermediary and year.
CREATE TABLE claim (
  id            TEXT PRIMARY KEY,
  origin_site   TEXT NOT NULL,
  version       INTEGER NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  claim_no      TEXT NOT NULL,
  claimant_kind TEXT NOT NULL CHECK (claimant_kind IN ('INTERMEDIARY', 'ENTERPRISE')),
  claimant_id   TEXT NOT NULL,
  rule          TEXT NOT NULL CHECK (rule IN ('R1', 'R2', 'R3')),
  period_year   INTEGER NOT NULL CHECK (period_year BETWEEN 2000 AND 2100),
  cutoff_date   TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  note          TEXT,
  CHECK ((rule = 'R3') = (claimant_kind = 'ENTERPRISE'))
) STRICT;
CREATE UNIQUE INDEX claim_no_unique ON claim (claim_no);
CREATE UNIQUE INDEX claim_r1_once_a_year ON claim (claimant_id, period_year) WHERE rule = 'R1' AND deleted = 0;

-- One line per placement, with the engine's judgement and where it came from.
-- failures: one line per failed condition, "REASON<TAB>message key<TAB>arg<TAB>arg…" (args that are words
-- start with §, followed by their bundle key), so the words can be shown in either language later.
CREATE TABLE claim_line (
  id                TEXT PRIMARY KEY,
  origin_site       TEXT NOT NULL,
  version           INTEGER NOT NULL,
  updated_at        TEXT NOT NULL,
  deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  claim_id          TEXT NOT NULL REFERENCES claim (id),
  placement_id      TEXT NOT NULL REFERENCES placement (id),
  eligible          INTEGER NOT NULL CHECK (eligible IN (0, 1)),
  amount_fen        INTEGER NOT NULL CHECK (amount_fen >= 0),
  months_counted    INTEGER,
  months_granted    INTEGER NOT NULL DEFAULT 0,
  funding_source    TEXT,
  reasons           TEXT NOT NULL DEFAULT '',
  failures          TEXT NOT NULL DEFAULT '',
  parameter_version INTEGER NOT NULL,
  judged_at         TEXT NOT NULL
) STRICT;
CREATE INDEX claim_line_by_claim ON claim_line (claim_id);
CREATE UNIQUE INDEX claim_line_once ON claim_line (claim_id, placement_id) WHERE deleted = 0;
CREATE INDEX claim_line_by_placement ON claim_line (placement_id);

-- Suspected duplicates and fraud (疑似重复申报 …): each blocks approval until a reviewer clears it with a reason.
CREATE TABLE claim_flag (
  id           TEXT PRIMARY KEY,
  origin_site  TEXT NOT NULL,
  version      INTEGER NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  claim_id     TEXT NOT NULL REFERENCES claim (id),
  line_id      TEXT REFERENCES claim_line (id),
  kind         TEXT NOT NULL,
  detail       TEXT NOT NULL DEFAULT '',
  raised_at    TEXT NOT NULL,
  cleared_by   TEXT,
  cleared_at   TEXT,
  clear_reason TEXT,
  CHECK ((cleared_by IS NULL) = (cleared_at IS NULL) AND (cleared_at IS NULL) = (clear_reason IS NULL))
) STRICT;
CREATE INDEX claim_flag_by_claim ON claim_flag (claim_id);
CREATE UNIQUE INDEX claim_flag_once ON claim_flag (claim_id, line_id, kind) WHERE deleted = 0;
