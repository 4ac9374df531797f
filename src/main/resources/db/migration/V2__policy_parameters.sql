-- Versions of the notice's figures (SPEC: "parameter"), each in force from a date. The office sets them and
-- they travel to the parks, so the table carries the travelling columns. Money in fen.
CREATE TABLE policy_parameter (
  id                  TEXT PRIMARY KEY,
  origin_site         TEXT NOT NULL,
  version             INTEGER NOT NULL,
  updated_at          TEXT NOT NULL,
  deleted             INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  policy_version      INTEGER NOT NULL CHECK (policy_version >= 1),
  effective_from      TEXT NOT NULL,
  document_no         TEXT NOT NULL,
  r1_basic_fen        INTEGER NOT NULL CHECK (r1_basic_fen >= 0),
  r1_emergency_fen    INTEGER NOT NULL CHECK (r1_emergency_fen >= 0),
  r1_min_days         INTEGER NOT NULL CHECK (r1_min_days >= 0),
  r2_monthly_fen      INTEGER NOT NULL CHECK (r2_monthly_fen >= 0),
  r2_cap_months       INTEGER NOT NULL CHECK (r2_cap_months >= 1),
  r3_amount_fen       INTEGER NOT NULL CHECK (r3_amount_fen >= 0),
  r3_new_hire_months  INTEGER NOT NULL CHECK (r3_new_hire_months >= 0),
  r3_retention_months INTEGER NOT NULL CHECK (r3_retention_months >= 1),
  r3_insured_months   INTEGER NOT NULL CHECK (r3_insured_months >= 0),
  note                TEXT
) STRICT;
CREATE UNIQUE INDEX policy_parameter_version ON policy_parameter (policy_version) WHERE deleted = 0;

-- Version 1: the 2014 notice (巴南府办发〔2014〕44号), as SPEC.md §2 gives it.
INSERT INTO policy_parameter (id, origin_site, version, updated_at, deleted, policy_version, effective_from, document_no,
  r1_basic_fen, r1_emergency_fen, r1_min_days, r2_monthly_fen, r2_cap_months, r3_amount_fen, r3_new_hire_months,
  r3_retention_months, r3_insured_months, note)
VALUES ('00000000-0000-7000-8000-000000000001', 'OFFICE', 0, '2014-01-01T00:00:00Z', 0, 1, '2014-01-01', '巴南府办发〔2014〕44号',
  5000, 10000, 0, 30000, 3, 60000, 12, 6, 6, NULL);
