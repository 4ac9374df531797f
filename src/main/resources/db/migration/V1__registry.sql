-- Settings that belong to this installation only (site identity, clock); they never travel.
CREATE TABLE local_setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Every table below travels between sites: UUIDv7 id, origin site, hybrid-logical-clock version,
-- updated_at (UTC instant, ISO-8601) and a tombstone instead of hard deletes (DESIGN.md §3).
CREATE TABLE enterprise (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  name        TEXT NOT NULL,
  credit_code TEXT NOT NULL,
  park        TEXT NOT NULL CHECK (park IN ('ECONOMIC_PARK', 'LOGISTICS_BASE', 'MALIU_RIVERSIDE', 'NONE')),
  address     TEXT,
  industry    TEXT,
  note        TEXT
) STRICT;
CREATE UNIQUE INDEX enterprise_credit_code_live ON enterprise (credit_code) WHERE deleted = 0;
CREATE INDEX enterprise_name ON enterprise (name);
CREATE INDEX enterprise_park ON enterprise (park, name);

-- Which tier an enterprise held over which dates; valid_to NULL = still in force.
CREATE TABLE enterprise_tier (
  id            TEXT PRIMARY KEY,
  origin_site   TEXT NOT NULL,
  version       INTEGER NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
  tier          TEXT NOT NULL CHECK (tier IN ('T1_ELECTRONICS', 'T2_IT_SUPPORT', 'T3_DISTRICT_KEY')),
  valid_from    TEXT NOT NULL,
  valid_to      TEXT,
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE INDEX enterprise_tier_by_enterprise ON enterprise_tier (enterprise_id, valid_from);
CREATE INDEX enterprise_tier_by_tier ON enterprise_tier (tier, enterprise_id);

-- T3 recognition (认定) decisions.
CREATE TABLE enterprise_recognition (
  id             TEXT PRIMARY KEY,
  origin_site    TEXT NOT NULL,
  version        INTEGER NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  enterprise_id  TEXT NOT NULL REFERENCES enterprise (id),
  deciding_units TEXT NOT NULL,
  decision_date  TEXT NOT NULL,
  document_no    TEXT NOT NULL,
  valid_from     TEXT NOT NULL,
  valid_to       TEXT,
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE INDEX enterprise_recognition_by_enterprise ON enterprise_recognition (enterprise_id, valid_from);

-- Approved labour demand (核定用工数量) per year.
CREATE TABLE enterprise_demand (
  id             TEXT PRIMARY KEY,
  origin_site    TEXT NOT NULL,
  version        INTEGER NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  enterprise_id  TEXT NOT NULL REFERENCES enterprise (id),
  year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  approved_count INTEGER NOT NULL CHECK (approved_count >= 0)
) STRICT;
CREATE UNIQUE INDEX enterprise_demand_year ON enterprise_demand (enterprise_id, year) WHERE deleted = 0;

CREATE TABLE enterprise_contact (
  id            TEXT PRIMARY KEY,
  origin_site   TEXT NOT NULL,
  version       INTEGER NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
  name          TEXT NOT NULL,
  position      TEXT,
  phone         TEXT
) STRICT;
CREATE INDEX enterprise_contact_by_enterprise ON enterprise_contact (enterprise_id);

-- Intermediaries (输送机构): agencies and schools carry a credit code, a broker a resident ID number.
CREATE TABLE intermediary (
  id           TEXT PRIMARY KEY,
  origin_site  TEXT NOT NULL,
  version      INTEGER NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  kind         TEXT NOT NULL CHECK (kind IN ('HR_AGENCY', 'VOCATIONAL_SCHOOL', 'LABOUR_BROKER')),
  name         TEXT NOT NULL,
  credit_code  TEXT,
  resident_id  TEXT,
  phone        TEXT,
  account_name TEXT NOT NULL,
  bank_name    TEXT NOT NULL,
  account_no   TEXT NOT NULL,
  CHECK ((kind = 'LABOUR_BROKER' AND resident_id IS NOT NULL AND credit_code IS NULL)
      OR (kind <> 'LABOUR_BROKER' AND credit_code IS NOT NULL AND resident_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX intermediary_credit_code_live ON intermediary (credit_code) WHERE deleted = 0 AND credit_code IS NOT NULL;
CREATE UNIQUE INDEX intermediary_resident_id_live ON intermediary (resident_id) WHERE deleted = 0 AND resident_id IS NOT NULL;
CREATE INDEX intermediary_name ON intermediary (name);

-- Workers (人员): birth date and sex are read from the resident ID number, so they are not stored.
CREATE TABLE worker (
  id           TEXT PRIMARY KEY,
  origin_site  TEXT NOT NULL,
  version      INTEGER NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  resident_id  TEXT NOT NULL,
  name         TEXT NOT NULL,
  phone        TEXT,
  target_group TEXT NOT NULL CHECK (target_group IN ('RETURNING_MIGRANT', 'VOCATIONAL_GRADUATE', 'MIGRANT_WORKER', 'OTHER'))
) STRICT;
CREATE UNIQUE INDEX worker_resident_id_live ON worker (resident_id) WHERE deleted = 0;
CREATE INDEX worker_name ON worker (name);
