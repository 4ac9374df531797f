-- An enterprise's account for subsidies paid to it (R3): 户名, 开户银行, 账号 (digits only). One live row an enterprise;
-- a changed account is the same row changed (the 操作日志 keeps the old one).
CREATE TABLE enterprise_account (
  id            TEXT PRIMARY KEY,
  origin_site   TEXT NOT NULL,
  version       INTEGER NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  sync_held     INTEGER NOT NULL DEFAULT 0,
  enterprise_id TEXT NOT NULL REFERENCES enterprise (id),
  account_name  TEXT NOT NULL,
  bank_name     TEXT NOT NULL,
  account_no    TEXT NOT NULL CHECK (account_no NOT GLOB '*[^0-9]*' AND length(account_no) BETWEEN 8 AND 30)
) STRICT;
CREATE UNIQUE INDEX enterprise_account_once ON enterprise_account (enterprise_id, sync_held) WHERE deleted = 0;
CREATE TRIGGER enterprise_account_logged AFTER INSERT ON enterprise_account WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('enterprise_account', NEW.id, 0);
END;
CREATE TRIGGER enterprise_account_relogged AFTER UPDATE ON enterprise_account WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('enterprise_account', NEW.id, OLD.version);
END;

-- 代发: one file of payments of one funding source sent to the bank (batch_no names it in the ledger), and its lines,
-- each a claim's share of that source to one account. A line is answered once: PAID (the 发放 step and its ledger
-- entry are made then) or RETURNED with the bank's reason, after which the claim may go into a later batch. A claim's
-- share is in at most one line that is waiting or paid, so it is never sent or paid twice.
CREATE TABLE payment_batch (
  id             TEXT PRIMARY KEY,
  origin_site    TEXT NOT NULL,
  version        INTEGER NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  sync_held      INTEGER NOT NULL DEFAULT 0,
  batch_no       TEXT NOT NULL,
  funding_source TEXT NOT NULL,
  made_on        TEXT NOT NULL,
  made_by        TEXT NOT NULL,
  purpose        TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX payment_batch_no ON payment_batch (batch_no, sync_held);
CREATE TABLE payment_batch_line (
  id             TEXT PRIMARY KEY,
  origin_site    TEXT NOT NULL,
  version        INTEGER NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  sync_held      INTEGER NOT NULL DEFAULT 0,
  batch_id       TEXT NOT NULL REFERENCES payment_batch (id),
  seq            INTEGER NOT NULL,
  claim_id       TEXT NOT NULL REFERENCES claim (id),
  funding_source TEXT NOT NULL,
  amount_fen     INTEGER NOT NULL CHECK (amount_fen > 0),
  account_name   TEXT NOT NULL,
  bank_name      TEXT NOT NULL,
  account_no     TEXT NOT NULL,
  result         TEXT CHECK (result IN ('PAID', 'RETURNED')),
  result_on      TEXT,
  return_reason  TEXT,
  recorded_by    TEXT,
  CHECK ((result IS NULL) = (result_on IS NULL) AND (result = 'RETURNED') = (return_reason IS NOT NULL AND length(trim(return_reason)) > 0))
) STRICT;
CREATE UNIQUE INDEX payment_batch_line_once ON payment_batch_line (claim_id, funding_source, sync_held)
  WHERE deleted = 0 AND (result IS NULL OR result = 'PAID');
CREATE INDEX payment_batch_line_by_batch ON payment_batch_line (batch_id, seq);
CREATE TRIGGER payment_batch_logged AFTER INSERT ON payment_batch WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('payment_batch', NEW.id, 0);
END;
CREATE TRIGGER payment_batch_relogged AFTER UPDATE ON payment_batch WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('payment_batch', NEW.id, OLD.version);
END;
CREATE TRIGGER payment_batch_line_logged AFTER INSERT ON payment_batch_line WHEN NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('payment_batch_line', NEW.id, 0);
END;
CREATE TRIGGER payment_batch_line_relogged AFTER UPDATE ON payment_batch_line WHEN NEW.version IS NOT OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_applying) BEGIN
  INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('payment_batch_line', NEW.id, OLD.version);
END;
