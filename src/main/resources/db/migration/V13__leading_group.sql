-- 领导小组: who held which place in the leading group and its office, from when to when (serves_to empty: still
-- serving). A member unit's row names the unit, the person who stands for it and its part-time liaison. Changes are
-- new rows with dates, so the group as it stood in any month can be read back (the monthly report prints it).
CREATE TABLE leading_group_member (
  id            TEXT PRIMARY KEY,
  origin_site   TEXT NOT NULL,
  version       INTEGER NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  position      TEXT NOT NULL CHECK (position IN ('LEADER', 'DEPUTY_LEADER', 'OFFICE_DIRECTOR', 'OFFICE_DEPUTY', 'MEMBER_UNIT')),
  unit          TEXT NOT NULL,
  name          TEXT NOT NULL DEFAULT '',
  liaison       TEXT NOT NULL DEFAULT '',
  liaison_phone TEXT NOT NULL DEFAULT '',
  serves_from   TEXT NOT NULL,
  serves_to     TEXT,
  CHECK (serves_to IS NULL OR serves_to >= serves_from)
) STRICT;
CREATE TRIGGER leading_group_member_logged AFTER INSERT ON leading_group_member WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('leading_group_member', NEW.id, 0);
END;
CREATE TRIGGER leading_group_member_relogged AFTER UPDATE ON leading_group_member WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('leading_group_member', NEW.id, OLD.version);
END;

-- Who of the group came to a meeting: present, represented by someone (stand_in), or absent. One row a member a meeting.
CREATE TABLE meeting_attendance (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  sync_held   INTEGER NOT NULL DEFAULT 0,
  meeting_id  TEXT NOT NULL REFERENCES meeting (id),
  member_id   TEXT NOT NULL REFERENCES leading_group_member (id),
  presence    TEXT NOT NULL CHECK (presence IN ('PRESENT', 'REPRESENTED', 'ABSENT')),
  stand_in    TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX meeting_attendance_once ON meeting_attendance (meeting_id, member_id, sync_held) WHERE deleted = 0;
CREATE TRIGGER meeting_attendance_logged AFTER INSERT ON meeting_attendance WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('meeting_attendance', NEW.id, 0);
END;
CREATE TRIGGER meeting_attendance_relogged AFTER UPDATE ON meeting_attendance WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('meeting_attendance', NEW.id, OLD.version);
END;
