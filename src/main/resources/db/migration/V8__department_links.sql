-- Issue 5's links between records that were kept in words (decision 0011).

-- A placement counts toward a city task only by naming a task of 招工联络部's task register: the task's kind
-- (基础社招 / 应急社招 / 校招) is what R1 pays by, so the placement no longer keeps a type of its own. A task number
-- placements named before the register knew it becomes a task of the register, of the type they gave it, so no
-- placement loses the task it was counted toward.
INSERT INTO recruitment_task (id, origin_site, version, updated_at, deleted, task_no, task_type, quota, starts_on, ends_on,
                              enterprises, responsible_unit, note)
SELECT lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || substr(h, 17, 4) || '-' || substr(h, 21)),
       origin_site, version, updated_at, 0, task_ref, task_type, quota, starts_on, ends_on, '', '区人力社保局',
       '升级时按原用工记录登记，请核对任务人数和起止日期'
FROM (SELECT hex(randomblob(16)) AS h, min(p.origin_site) AS origin_site, max(p.version) + 1 AS version, max(p.updated_at) AS updated_at,
             p.task_ref, CASE max(p.task_type) WHEN 'EMERGENCY' THEN 'EMERGENCY_SOCIAL' ELSE 'BASIC_SOCIAL' END AS task_type,
             count(*) AS quota, min(p.hire_date) AS starts_on, max(p.hire_date) AS ends_on
      FROM placement p
      WHERE p.task_ref IS NOT NULL AND p.deleted = 0
        AND NOT EXISTS (SELECT 1 FROM recruitment_task t WHERE t.task_no = p.task_ref AND t.deleted = 0)
      GROUP BY p.task_ref);
ALTER TABLE placement DROP COLUMN task_type;

-- A follow-up action belongs to a meeting of the register. Actions whose words name a meeting's title are
-- linked to it (the latest such meeting); any other keeps its words at the end of the action text.
ALTER TABLE meeting_action ADD COLUMN meeting_id TEXT REFERENCES meeting (id);
UPDATE meeting_action SET meeting_id = (SELECT m.id FROM meeting m WHERE m.title = meeting_action.meeting AND m.deleted = 0
                                        ORDER BY m.held_on DESC, m.id LIMIT 1);
UPDATE meeting_action SET action = action || '（会议：' || meeting || '）' WHERE meeting_id IS NULL AND meeting <> '';
ALTER TABLE meeting_action DROP COLUMN meeting;
CREATE INDEX meeting_action_by_meeting ON meeting_action (meeting_id);

-- 校企联合、订单培养: the students placed under an agreement, one row each; the agreement's placed count is
-- counted from them. A count typed before keeps its figure in the agreement's note.
CREATE TABLE agreement_student (
  id            TEXT PRIMARY KEY,
  origin_site   TEXT NOT NULL,
  version       INTEGER NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  agreement_id  TEXT NOT NULL REFERENCES school_agreement (id),
  name          TEXT NOT NULL,
  resident_id   TEXT NOT NULL,
  major         TEXT NOT NULL DEFAULT '',
  placed_on     TEXT,
  post          TEXT NOT NULL DEFAULT '',
  note          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX agreement_student_by_agreement ON agreement_student (agreement_id);
CREATE UNIQUE INDEX agreement_student_once ON agreement_student (agreement_id, resident_id) WHERE deleted = 0;
UPDATE school_agreement SET note = trim(note || ' 原登记已安置' || placed || '人') WHERE placed > 0;
ALTER TABLE school_agreement DROP COLUMN placed;

-- 核定用工数量: a verification, once dated, is written into the registry's approved demand for its year and
-- keeps the registry row it wrote; from then on it is locked (a correction is a new verification).
ALTER TABLE demand_check ADD COLUMN demand_id TEXT REFERENCES enterprise_demand (id);
