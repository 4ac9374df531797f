-- 招工联络部 (SPEC §5): recruitment tasks from the city, the vocational-school majors database,
-- school–enterprise agreements and job fairs. All travel between sites (DESIGN §3).

-- A task's progress is counted from confirmed placements whose task reference is the task's number.
CREATE TABLE recruitment_task (
  id               TEXT PRIMARY KEY,
  origin_site      TEXT NOT NULL,
  version          INTEGER NOT NULL,
  updated_at       TEXT NOT NULL,
  deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  task_no          TEXT NOT NULL,
  task_type        TEXT NOT NULL CHECK (task_type IN ('BASIC_SOCIAL', 'EMERGENCY_SOCIAL', 'CAMPUS')),
  quota            INTEGER NOT NULL CHECK (quota > 0),
  starts_on        TEXT NOT NULL,
  ends_on          TEXT NOT NULL,
  enterprises      TEXT NOT NULL DEFAULT '',
  responsible_unit TEXT NOT NULL,
  note             TEXT NOT NULL DEFAULT '',
  CHECK (ends_on >= starts_on)
) STRICT;
CREATE UNIQUE INDEX recruitment_task_no ON recruitment_task (task_no) WHERE deleted = 0;
CREATE INDEX placement_by_task ON placement (task_ref);

CREATE TABLE school_major (
  id             TEXT PRIMARY KEY,
  origin_site    TEXT NOT NULL,
  version        INTEGER NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  school         TEXT NOT NULL,
  major          TEXT NOT NULL,
  enrolment      INTEGER NOT NULL DEFAULT 0 CHECK (enrolment >= 0),
  graduate_year  INTEGER NOT NULL CHECK (graduate_year BETWEEN 2000 AND 2100),
  graduates      INTEGER NOT NULL DEFAULT 0 CHECK (graduates >= 0),
  contact        TEXT NOT NULL DEFAULT '',
  phone          TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE school_agreement (
  id            TEXT PRIMARY KEY,
  origin_site   TEXT NOT NULL,
  version       INTEGER NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  school        TEXT NOT NULL,
  enterprise    TEXT NOT NULL,
  major         TEXT NOT NULL DEFAULT '',
  students      INTEGER NOT NULL DEFAULT 0 CHECK (students >= 0),
  starts_on     TEXT NOT NULL,
  ends_on       TEXT NOT NULL,
  placed        INTEGER NOT NULL DEFAULT 0 CHECK (placed >= 0),
  note          TEXT NOT NULL DEFAULT '',
  CHECK (ends_on >= starts_on)
) STRICT;

CREATE TABLE job_fair (
  id            TEXT PRIMARY KEY,
  origin_site   TEXT NOT NULL,
  version       INTEGER NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  kind          TEXT NOT NULL CHECK (kind IN ('SPECIAL_FAIR', 'MARKET_DAY', 'COURTYARD')),
  held_on       TEXT NOT NULL,
  place         TEXT NOT NULL,
  enterprises   INTEGER NOT NULL DEFAULT 0 CHECK (enterprises >= 0),
  posts         INTEGER NOT NULL DEFAULT 0 CHECK (posts >= 0),
  visitors      INTEGER NOT NULL DEFAULT 0 CHECK (visitors >= 0),
  intentions    INTEGER NOT NULL DEFAULT 0 CHECK (intentions >= 0),
  note          TEXT NOT NULL DEFAULT ''
) STRICT;
