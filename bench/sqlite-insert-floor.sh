#!/usr/bin/env bash
# What SQLite alone needs to store a 100,000-row roster: a worker, a placement and a claim line per row, with
# the program's own schema, indexes, foreign keys and pragmas, written by the sqlite3 shell in one transaction
# (no Java, no parsing, no judging). Keys are ordered like the program's UUIDv7 ids. Needs target/hrdesk.jar
# (mvn package) for a demo database and sqlite3. Prints the time of each INSERT and of the COMMIT.
set -euo pipefail
ROWS=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$(dirname "$0")/../target/hrdesk.jar" --db "$work/floor.db" demo-data >/dev/null 2>&1
db="$work/floor.db"
E=$(sqlite3 "$db" "SELECT id FROM enterprise LIMIT 1")
I=$(sqlite3 "$db" "SELECT id FROM intermediary LIMIT 1")
C=$(sqlite3 "$db" "SELECT id FROM claim LIMIT 1")
# The audit trail's triggers call functions the program defines on its connections (the author, the chain's hash),
# which the sqlite3 shell lacks: they are dropped, so this floor leaves out the trail's rows (see "What the audit trail
# costs" in docs/benchmarks.md) and is lower than what the program must write.
drops=$(sqlite3 "$db" "SELECT 'DROP TRIGGER \"' || name || '\";' FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%\\_audit\\_%' ESCAPE '\\' OR tbl_name LIKE 'audit%')")
sqlite3 "$db" "$drops"
sqlite3 "$db" <<SQL
PRAGMA foreign_keys=ON; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536;
BEGIN;
CREATE TEMP TABLE n AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < $ROWS)
  SELECT x, printf('%08d', x) AS k, lower(hex(randomblob(12))) AS w, lower(hex(randomblob(12))) AS p, lower(hex(randomblob(12))) AS l FROM c;
.timer on
INSERT INTO worker (id, origin_site, version, updated_at, deleted, resident_id, name, phone, target_group)
  SELECT k || w, 'OFFICE', x, '2026-11-28T00:00:00Z', 0, printf('500113199%09d', x), '工' || x, NULL, 'OTHER' FROM n;
INSERT INTO placement (id, origin_site, version, updated_at, deleted, worker_id, enterprise_id, intermediary_id, channel,
                       hire_date, confirmed_on, leave_date, insured_months, task_ref)
  SELECT k || p, 'OFFICE', x, '2026-11-28T00:00:00Z', 0, k || w, '$E', '$I', 'BASIC_SOCIAL',
         date('2014-01-01', '+' || (x % 300) || ' days'), NULL, NULL, '', NULL FROM n;
INSERT INTO claim_line (id, origin_site, version, updated_at, deleted, claim_id, placement_id, eligible, amount_fen,
                        months_counted, months_granted, funding_source, reasons, failures, parameter_version, judged_at)
  SELECT k || l, 'OFFICE', x, '2026-11-28T00:00:00Z', 0, '$C', k || p, 1, 90000, 9, 3, 'ECONOMIC_PARK', 'A;B', '', 1,
         '2026-11-28T00:00:00Z' FROM n;
COMMIT;
SQL
