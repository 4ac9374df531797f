-- 附件: a scan, photo or PDF attached to a record (a claim, say), kept once by its SHA-256 in the folder beside the
-- database (<database>-附件/ab/abcdef…), so the same file attached twice is stored once. The row says whose it is,
-- what it was called, its size and who added it; a wrong one is voided with a reason like any record.
CREATE TABLE attachment (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  owner_table TEXT NOT NULL,
  owner_id    TEXT NOT NULL,
  file_name   TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  size_bytes  INTEGER NOT NULL CHECK (size_bytes > 0),
  note        TEXT NOT NULL DEFAULT '',
  added_by    TEXT NOT NULL,
  added_on    TEXT NOT NULL
) STRICT;
CREATE INDEX attachment_by_owner ON attachment (owner_table, owner_id);
CREATE INDEX attachment_by_sha ON attachment (sha256);
CREATE TRIGGER attachment_logged AFTER INSERT ON attachment WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('attachment', NEW.id, 0);
END;
CREATE TRIGGER attachment_relogged AFTER UPDATE ON attachment WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('attachment', NEW.id, OLD.version);
END;
