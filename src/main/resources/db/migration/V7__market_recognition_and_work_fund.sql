-- 人力资源市场信息库, 重点企业认定 requests, and the work-fund special account (SPEC §5–6).

-- Posts offered by key enterprises (wages in yuan a month) and job seekers registered at events.
CREATE TABLE labour_post (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
  post          TEXT NOT NULL,
  openings      INTEGER NOT NULL DEFAULT 1 CHECK (openings >= 0),
  wage_min      INTEGER NOT NULL DEFAULT 0 CHECK (wage_min >= 0),
  wage_max      INTEGER NOT NULL DEFAULT 0 CHECK (wage_max >= 0),
  requirements  TEXT NOT NULL DEFAULT '',
  posted_on     TEXT NOT NULL
) STRICT;
CREATE TABLE job_seeker (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  name          TEXT NOT NULL,
  phone         TEXT NOT NULL DEFAULT '',
  registered_on TEXT NOT NULL,
  event         TEXT NOT NULL DEFAULT '',
  wanted_post   TEXT NOT NULL,
  expected_wage INTEGER NOT NULL DEFAULT 0 CHECK (expected_wage >= 0),
  skills        TEXT NOT NULL DEFAULT ''
) STRICT;

-- 重点企业认定 (T3): the request, the three bureaus' opinions, the decision; a granted one is written into the
-- registry's recognitions (recognition_id), which is what R3 checks.
CREATE TABLE recognition_request (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  enterprise_id      TEXT NOT NULL REFERENCES enterprise (id),
  requested_on       TEXT NOT NULL,
  reasons            TEXT NOT NULL DEFAULT '',
  figures            TEXT NOT NULL DEFAULT '',
  opinion_economy    TEXT NOT NULL DEFAULT '',
  opinion_finance    TEXT NOT NULL DEFAULT '',
  opinion_statistics TEXT NOT NULL DEFAULT '',
  decision           TEXT NOT NULL CHECK (decision IN ('PENDING', 'GRANTED', 'REFUSED')),
  document_no        TEXT NOT NULL DEFAULT '',
  decided_on         TEXT,
  valid_from         TEXT,
  valid_to           TEXT,
  recognition_id     TEXT
) STRICT;

-- 工作经费专帐: expenditures in the four categories, each later covered by a disbursement request (据实拨付).
-- Allocations and disbursements are ledger entries of the WORK_FUND account (hash-chained with the rest).
CREATE TABLE work_fund_expenditure (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  category      TEXT NOT NULL CHECK (category IN ('PUBLICITY', 'PLATFORM', 'MEETING', 'TRAVEL')),
  spent_on      TEXT NOT NULL,
  purpose       TEXT NOT NULL,
  amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
  voucher_no    TEXT NOT NULL,
  request_id    TEXT
) STRICT;
CREATE TABLE disbursement_request (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  request_no      TEXT NOT NULL,
  requested_on    TEXT NOT NULL,
  requested_by    TEXT NOT NULL,
  amount_fen      INTEGER NOT NULL CHECK (amount_fen > 0),
  status          TEXT NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'DISBURSED')),
  approved_by     TEXT,
  approved_on     TEXT,
  disbursed_by    TEXT,
  disbursed_on    TEXT,
  override_reason TEXT
) STRICT;
CREATE UNIQUE INDEX disbursement_request_no ON disbursement_request (request_no);

-- Notes that 区财政局 and 区审计局 add to a work-fund record: they may annotate, never edit.
CREATE TABLE annotation (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  target_table  TEXT NOT NULL,
  target_id     TEXT NOT NULL,
  author        TEXT NOT NULL,
  role          TEXT NOT NULL,
  written_at    TEXT NOT NULL,
  body          TEXT NOT NULL
) STRICT;
CREATE INDEX annotation_by_target ON annotation (target_table, target_id);
