-- 企业服务部 and 综合管理部 registers (SPEC §5–6). All travel between sites (DESIGN §3).

-- 企业诉求: a matter an enterprise raised, the unit that answers it, and how it ended; overdue ones stand out.
CREATE TABLE enterprise_request (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
  matter        TEXT NOT NULL,
  unit          TEXT NOT NULL,
  raised_on     TEXT NOT NULL,
  due_on        TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'RESOLVED')),
  resolution    TEXT NOT NULL DEFAULT '',
  resolved_on   TEXT
) STRICT;

-- 园区配套: transport, living and entertainment facilities, HR markets and recruitment platforms per park.
CREATE TABLE park_facility (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  park          TEXT NOT NULL CHECK (park IN ('ECONOMIC_PARK', 'LOGISTICS_BASE', 'MALIU_RIVERSIDE')),
  category      TEXT NOT NULL CHECK (category IN ('TRANSPORT', 'LIVING', 'ENTERTAINMENT', 'HR_MARKET', 'PLATFORM')),
  name          TEXT NOT NULL,
  description   TEXT NOT NULL DEFAULT ''
) STRICT;

-- 稳岗监测: a key enterprise's headcount in a month ('YYYY-MM').
CREATE TABLE headcount (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
  month         TEXT NOT NULL,
  start_count   INTEGER NOT NULL DEFAULT 0 CHECK (start_count >= 0),
  joiners       INTEGER NOT NULL DEFAULT 0 CHECK (joiners >= 0),
  leavers       INTEGER NOT NULL DEFAULT 0 CHECK (leavers >= 0),
  end_count     INTEGER NOT NULL DEFAULT 0 CHECK (end_count >= 0)
) STRICT;
CREATE UNIQUE INDEX headcount_once ON headcount (enterprise_id, month) WHERE deleted = 0;

-- 核定用工数量: what an enterprise asked for in a year and what the office verified.
CREATE TABLE demand_check (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
  year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  requested     INTEGER NOT NULL DEFAULT 0 CHECK (requested >= 0),
  verified      INTEGER NOT NULL DEFAULT 0 CHECK (verified >= 0),
  verified_on   TEXT,
  note          TEXT NOT NULL DEFAULT ''
) STRICT;

-- 专职人员及联络员名册: the office's six full-time staff and one liaison per member unit.
CREATE TABLE staff_member (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('FULL_TIME', 'LIAISON')),
  unit          TEXT NOT NULL,
  department    TEXT NOT NULL DEFAULT '',
  post          TEXT NOT NULL DEFAULT '',
  phone         TEXT NOT NULL DEFAULT ''
) STRICT;

-- 工作会议, and their follow-up actions (an action names its meeting in words).
CREATE TABLE meeting (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  held_on       TEXT NOT NULL,
  title         TEXT NOT NULL,
  attendees     TEXT NOT NULL DEFAULT '',
  topics        TEXT NOT NULL DEFAULT '',
  decisions     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE meeting_action (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  meeting       TEXT NOT NULL,
  action        TEXT NOT NULL,
  owner         TEXT NOT NULL,
  due_on        TEXT NOT NULL,
  done_on       TEXT
) STRICT;

-- 招工宣传 (SPEC §6): each activity, its channel, audience and reach.
CREATE TABLE publicity (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  channel       TEXT NOT NULL CHECK (channel IN ('TV', 'RADIO', 'NEWSPAPER', 'ONLINE', 'SMS', 'FAIR', 'MARKET_DAY', 'COURTYARD')),
  held_on       TEXT NOT NULL,
  place         TEXT NOT NULL DEFAULT '',
  target_groups TEXT NOT NULL DEFAULT '',
  topics        TEXT NOT NULL DEFAULT '',
  reach         INTEGER NOT NULL DEFAULT 0 CHECK (reach >= 0),
  registered    INTEGER NOT NULL DEFAULT 0 CHECK (registered >= 0)
) STRICT;
