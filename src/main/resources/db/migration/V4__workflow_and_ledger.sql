-- Users of this installation (DESIGN §7). They do not travel: each site keeps its own. The password is kept
-- only as "pbkdf2-sha256$iterations$salt$hash" (base64). park: the park a park-committee or payer role acts for.
CREATE TABLE app_user (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL,
  park          TEXT CHECK (park IS NULL OR park IN ('ECONOMIC_PARK', 'LOGISTICS_BASE', 'MALIU_RIVERSIDE')),
  password_hash TEXT NOT NULL,
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at    TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX app_user_name ON app_user (username);

-- Which roles may do which workflow step (SPEC §4: the procedure is 区人力社保局's to set; the administrator edits it).
CREATE TABLE workflow_step_role (
  step TEXT NOT NULL CHECK (step IN ('INTAKE', 'FIRST_CHECK', 'REVIEW', 'FUNDING', 'PAYMENT', 'ARCHIVE')),
  role TEXT NOT NULL,
  PRIMARY KEY (step, role)
) STRICT;
INSERT INTO workflow_step_role (step, role) VALUES
  ('INTAKE', 'LIAISON_CLERK'), ('INTAKE', 'ENTERPRISE_CLERK'), ('INTAKE', 'PARK_CLERK'),
  ('FIRST_CHECK', 'LIAISON_CLERK'), ('FIRST_CHECK', 'ENTERPRISE_CLERK'), ('FIRST_CHECK', 'PARK_CLERK'),
  ('REVIEW', 'REVIEWER'),
  ('FUNDING', 'FINANCE_APPROVER'), ('FUNDING', 'PARK_APPROVER'),
  ('PAYMENT', 'PAYER'),
  ('ARCHIVE', 'GENERAL_CLERK'), ('ARCHIVE', 'LIAISON_CLERK'), ('ARCHIVE', 'ENTERPRISE_CLERK'), ('ARCHIVE', 'PARK_CLERK');

-- Each workflow step done on a claim: append-only; the claim's status is derived from these rows.
-- funding_source: 拨付审批 and 发放 are done once per funding source the claim's lines span.
CREATE TABLE claim_event (
  id             TEXT PRIMARY KEY,
  origin_site    TEXT NOT NULL,
  version        INTEGER NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0),
  claim_id       TEXT NOT NULL REFERENCES claim (id),
  step           TEXT NOT NULL CHECK (step IN ('INTAKE', 'FIRST_CHECK', 'REVIEW', 'FUNDING', 'PAYMENT', 'ARCHIVE')),
  decision       TEXT NOT NULL CHECK (decision IN ('PASS', 'RETURN', 'REJECT')),
  funding_source TEXT,
  user_id        TEXT NOT NULL,
  user_name      TEXT NOT NULL,
  role           TEXT NOT NULL,
  at             TEXT NOT NULL,
  reason         TEXT,
  override_reason TEXT,
  CHECK (decision = 'PASS' OR length(trim(coalesce(reason, ''))) > 0)
) STRICT;
CREATE INDEX claim_event_by_claim ON claim_event (claim_id, at);
CREATE TRIGGER claim_event_no_update BEFORE UPDATE ON claim_event BEGIN SELECT RAISE(ABORT, 'claim_event is append-only'); END;
CREATE TRIGGER claim_event_no_delete BEFORE DELETE ON claim_event BEGIN SELECT RAISE(ABORT, 'claim_event is append-only'); END;

-- 公示: a list of payees and amounts published before payment; payment waits until the period is over.
CREATE TABLE payment_notice (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  notice_no   TEXT NOT NULL,
  starts_on   TEXT NOT NULL,
  ends_on     TEXT NOT NULL,
  created_by  TEXT NOT NULL,
  CHECK (ends_on >= starts_on)
) STRICT;
CREATE UNIQUE INDEX payment_notice_no ON payment_notice (notice_no);
CREATE TABLE payment_notice_claim (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  notice_id   TEXT NOT NULL REFERENCES payment_notice (id),
  claim_id    TEXT NOT NULL REFERENCES claim (id),
  amount_fen  INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX payment_notice_claim_once ON payment_notice_claim (notice_id, claim_id);
CREATE INDEX payment_notice_claim_by_claim ON payment_notice_claim (claim_id);

-- 资金台账: append-only entries, each carrying the hash of the one before (seq is this database's chain order).
-- A correction is a reversing entry (reverses = the entry it undoes, same kind, opposite amount).
CREATE TABLE ledger_entry (
  id            TEXT PRIMARY KEY,
  origin_site   TEXT NOT NULL,
  version       INTEGER NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0),
  seq           INTEGER NOT NULL,
  account       TEXT NOT NULL CHECK (account IN ('ECONOMIC_PARK', 'LOGISTICS_BASE', 'MALIU_RIVERSIDE', 'DISTRICT_FUND', 'WORK_FUND')),
  kind          TEXT NOT NULL CHECK (kind IN ('COMMITMENT', 'PAYMENT', 'ALLOCATION', 'EXPENDITURE')),
  amount_fen    INTEGER NOT NULL,
  claim_id      TEXT REFERENCES claim (id),
  event_id      TEXT REFERENCES claim_event (id),
  reverses      TEXT REFERENCES ledger_entry (id),
  entry_date    TEXT NOT NULL,
  voucher_no    TEXT,
  payee         TEXT,
  payee_account TEXT,
  memo          TEXT NOT NULL DEFAULT '',
  user_name     TEXT NOT NULL,
  recorded_at   TEXT NOT NULL,
  prev_hash     TEXT NOT NULL,
  hash          TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX ledger_entry_seq ON ledger_entry (seq);
CREATE UNIQUE INDEX ledger_entry_reversed_once ON ledger_entry (reverses) WHERE reverses IS NOT NULL;
CREATE INDEX ledger_entry_by_claim ON ledger_entry (claim_id);
CREATE INDEX ledger_entry_by_account ON ledger_entry (account, entry_date);
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry BEGIN SELECT RAISE(ABORT, 'ledger_entry is append-only'); END;
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry BEGIN SELECT RAISE(ABORT, 'ledger_entry is append-only'); END;

-- Balances kept beside the entries as they are posted; `ledger verify` recomputes them from the entries.
CREATE TABLE ledger_balance (
  account       TEXT PRIMARY KEY,
  committed_fen INTEGER NOT NULL DEFAULT 0,
  paid_fen      INTEGER NOT NULL DEFAULT 0,
  allocated_fen INTEGER NOT NULL DEFAULT 0,
  spent_fen     INTEGER NOT NULL DEFAULT 0,
  entries       INTEGER NOT NULL DEFAULT 0
) STRICT;
