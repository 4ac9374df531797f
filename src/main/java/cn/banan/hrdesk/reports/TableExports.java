package cn.banan.hrdesk.reports;

import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.liaison.DeliveryResult;
import cn.banan.hrdesk.xlsx.Column;
import cn.banan.hrdesk.xlsx.TableWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The two registers that are lists the program derives rather than rows people keep: claims and intermediaries' results. */
final class TableExports {
    private TableExports() {
    }

    static void claims(List<ClaimSummary> claims, Texts t, Path out) throws IOException {
        List<Column> columns = List.of(Column.of(t.get("claims.list.no"), 16), Column.of(t.get("claims.list.claimant"), 28),
                Column.of(t.get("claims.list.rule"), 22), Column.of(t.get("forms.year"), 8), Column.of(t.get("claims.list.status"), 12),
                Column.of(t.get("claims.list.lines"), 10), Column.of(t.get("claims.list.amount"), 14), Column.of(t.get("claims.list.flags"), 10));
        try (TableWorkbook wb = new TableWorkbook(t.get("reports.claims.title"), List.of(t.get("reports.claims.title")), columns, true)) {
            for (ClaimSummary c : claims) {
                wb.add(c.claimNo(), c.claimantName(), t.label(c.rule()), c.periodYear(), t.label(c.status()), c.eligibleLines() + "/" + c.lines(),
                        c.amount().fen() / 100.0, c.openFlags());
            }
            wb.save(out);
        }
    }

    static void intermediaries(List<DeliveryResult> results, Texts t, Path out) throws IOException {
        List<Column> columns = List.of(Column.of(t.get("liaison.results.intermediary"), 30), Column.of(t.get("liaison.results.delivered"), 10),
                Column.of(t.get("liaison.results.confirmed"), 10), Column.of(t.get("liaison.results.retained"), 10),
                Column.of(t.get("liaison.results.rate"), 10));
        try (TableWorkbook wb = new TableWorkbook(t.get("liaison.results.title"), List.of(t.get("liaison.results.title")), columns, false)) {
            for (DeliveryResult r : results) {
                wb.add(r.name(), r.delivered(), r.confirmed(), r.retained(), r.delivered() == 0 ? "" : Math.round(100.0 * r.retained() / r.delivered()) + "%");
            }
            wb.save(out);
        }
    }
}
