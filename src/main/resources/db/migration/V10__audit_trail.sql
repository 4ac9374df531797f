-- 操作日志 (DESIGN §7): every write to a table, with who, where, when and the row before and after.
-- Each site's entries are a chain of their own (origin site + seq), each carrying the hash of the one before, and they
-- travel like the ledger's, so the office holds every park's trail. The rows are written by triggers that the program
-- makes from the schema when it opens the file (store.AuditTriggers), through the view audit_write below; the
-- triggers call functions only the program defines, so a write by another tool is refused unless the triggers are
-- dropped first, and then `audit verify` names the rows that differ from their last recorded image.
CREATE TABLE audit_entry (
  id          TEXT PRIMARY KEY,
  origin_site TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0),
  seq         INTEGER NOT NULL,
  at          TEXT NOT NULL,
  user_id     TEXT NOT NULL,
  user_name   TEXT NOT NULL,
  role        TEXT,
  source      TEXT NOT NULL CHECK (source IN ('WINDOW', 'COMMAND_LINE', 'EXCHANGE', 'SYSTEM')),
  os_user     TEXT,
  table_name  TEXT NOT NULL,
  row_id      TEXT NOT NULL,
  op          TEXT NOT NULL CHECK (op IN ('INSERT', 'UPDATE', 'DELETE', 'BASELINE', 'IMPORT')),
  before      TEXT,
  after       TEXT,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX audit_entry_chain ON audit_entry (origin_site, seq);
CREATE INDEX audit_entry_row ON audit_entry (table_name, row_id, origin_site, seq);
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END;

-- The tables whose existing rows were recorded once (op BASELINE) when their triggers were first made. Local.
CREATE TABLE audit_table (
  table_name TEXT PRIMARY KEY,
  since      TEXT NOT NULL
) STRICT;

-- The last entry of each site's audit chain as a peer held it, from the packages taken in (like chain_witness).
CREATE TABLE audit_witness (
  site    TEXT NOT NULL,
  seq     INTEGER NOT NULL,
  hash    TEXT NOT NULL,
  told_by TEXT NOT NULL,
  told_at TEXT NOT NULL,
  PRIMARY KEY (site, seq)
) STRICT;

-- One place where an entry is made: the next place in this site's chain, the author the program names, the time of
-- the statement (SQLite's 'now' is one value within a statement), and the hash over all of it. Entries made here
-- always travel, also those made while a package is applied (the change log's own triggers stand aside then).
CREATE VIEW audit_write AS SELECT table_name, row_id, op, before, after FROM audit_entry WHERE 0;
CREATE TRIGGER audit_write_entry INSTEAD OF INSERT ON audit_write BEGIN
  INSERT INTO audit_entry (id, origin_site, version, updated_at, seq, at, user_id, user_name, role, source, os_user,
                           table_name, row_id, op, before, after, prev_hash, hash)
  SELECT p.site || ':' || p.seq, p.site, audit_version(), p.at, p.seq, p.at,
         audit_author('id'), audit_author('name'), audit_author('role'), p.source, audit_author('os'),
         NEW.table_name, NEW.row_id, NEW.op, NEW.before, NEW.after, p.prev,
         audit_hash(p.prev, p.site, p.seq, p.at, audit_author('id'), audit_author('name'), audit_author('role'), p.source,
                    audit_author('os'), NEW.table_name, NEW.row_id, NEW.op, NEW.before, NEW.after)
  FROM (SELECT s.site AS site,
               coalesce((SELECT max(e.seq) FROM audit_entry e WHERE e.origin_site = s.site), 0) + 1 AS seq,
               coalesce((SELECT e.hash FROM audit_entry e WHERE e.origin_site = s.site ORDER BY e.seq DESC LIMIT 1), '') AS prev,
               strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at,
               CASE WHEN EXISTS (SELECT 1 FROM exchange_applying) THEN 'EXCHANGE' ELSE audit_author('source') END AS source
        FROM (SELECT coalesce((SELECT value FROM local_setting WHERE key = 'site'), 'UNSET') AS site) s) p;
  INSERT INTO change_log (table_name, row_id, parent_version)
  SELECT 'audit_entry', e.id, 0 FROM audit_entry e WHERE e.rowid = last_insert_rowid();
END;
