package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.ledger.Account;
import cn.banan.hrdesk.ledger.EntryKind;
import cn.banan.hrdesk.ledger.LedgerEntry;
import java.time.LocalDate;
import java.util.Map;

/** A ledger entry read from a row image, to check its hash before it is taken in. */
final class LedgerImage {
    private LedgerImage() {
    }

    static LedgerEntry entry(Map<String, Object> v) {
        try {
            return new LedgerEntry((String) v.get("id"), (Long) v.get("seq"), Account.valueOf((String) v.get("account")),
                    EntryKind.valueOf((String) v.get("kind")), new Money((Long) v.get("amount_fen")), (String) v.get("claim_id"),
                    (String) v.get("event_id"), (String) v.get("reverses"), LocalDate.parse((String) v.get("entry_date")),
                    (String) v.get("voucher_no"), (String) v.get("payee"), (String) v.get("payee_account"), (String) v.get("memo"),
                    (String) v.get("user_name"), (String) v.get("recorded_at"), (String) v.get("prev_hash"), (String) v.get("hash"));
        } catch (RuntimeException e) {
            throw new PayloadInput.BadPayloadException("ledger entry " + v.get("id"));
        }
    }
}
