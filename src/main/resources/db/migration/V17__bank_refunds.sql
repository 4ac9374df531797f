-- 退汇: a line the bank credited and later sent back. The line stays as the bank first answered it; the refund is
-- recorded beside it, and the claim's share may go on a later list again.
ALTER TABLE payment_batch_line ADD COLUMN refunded_on TEXT;
ALTER TABLE payment_batch_line ADD COLUMN refund_reason TEXT;
ALTER TABLE payment_batch_line ADD COLUMN refunded_by TEXT;
DROP INDEX payment_batch_line_once;
CREATE UNIQUE INDEX payment_batch_line_once ON payment_batch_line (claim_id, funding_source, sync_held)
  WHERE deleted = 0 AND (result IS NULL OR result = 'PAID') AND refunded_on IS NULL;
