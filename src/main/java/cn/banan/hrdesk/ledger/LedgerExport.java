package cn.banan.hrdesk.ledger;

import cn.banan.hrdesk.core.Masking;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.xlsx.Column;
import cn.banan.hrdesk.xlsx.TableWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * 资金台账 as .xlsx, every entry in chain order with its hash. Payee accounts are written in full only for roles that
 * may see them, and then the sheet's title says it holds personal data.
 */
public final class LedgerExport {
    private final LedgerService ledger;
    private final Session session;
    private final Texts t;

    public LedgerExport(LedgerService ledger, Session session, Texts texts) {
        this.ledger = ledger;
        this.session = session;
        this.t = texts;
    }

    public int write(Path out) throws IOException {
        boolean full = cn.banan.hrdesk.security.PersonalData.inFull(session);
        List<String> titles = full ? List.of(t.get("ledger.export.title"), t.get("forms.personalData")) : List.of(t.get("ledger.export.title"));
        List<Column> columns = List.of(Column.of(t.get("ledger.col.seq"), 6), Column.of(t.get("ledger.col.date"), 11),
                Column.of(t.get("ledger.col.account"), 16), Column.of(t.get("ledger.col.kind"), 8), Column.of(t.get("ledger.col.amount"), 12),
                Column.of(t.get("ledger.col.claim"), 15), Column.of(t.get("ledger.col.voucher"), 12), Column.of(t.get("ledger.col.payee"), 16),
                Column.of(t.get("ledger.col.payeeAccount"), 20), Column.of(t.get("ledger.col.memo"), 20), Column.of(t.get("ledger.col.user"), 14),
                Column.of(t.get("ledger.col.hash"), 18));
        int[] n = {0};
        try (TableWorkbook wb = new TableWorkbook(t.get("ledger.export.sheet"), titles, columns, true)) {
            ledger.eachRow(row -> {
                LedgerEntry e = row.entry();
                n[0]++;
                wb.add(e.seq(), e.entryDate(), t.label(e.account()), e.isReversal() ? t.get("ledger.reversalOf", t.label(e.kind())) : t.label(e.kind()),
                        e.amount().fen() / 100.0, row.claimNo(), e.voucherNo(), e.payee(),
                        e.payeeAccount() == null ? null : full ? e.payeeAccount() : Masking.account(e.payeeAccount()), e.memo(), e.userName(),
                        e.hash().substring(0, 16));
            });
            wb.save(out);
        }
        return n[0];
    }
}
