package cn.banan.hrdesk.reports.annual;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.xlsx.Column;
import cn.banan.hrdesk.xlsx.FigureTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** R1 年终结算表 as it is signed: a line per intermediary, the totals, how it was counted, and who made and checked it. */
final class R1SettlementTable {
    private final Texts t;

    R1SettlementTable(Texts texts) {
        this.t = texts;
    }

    FigureTable of(int year, List<R1Settlement.Row> settled) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (R1Settlement.Row r : settled) {
            rows.add(Arrays.asList(String.valueOf(++n), r.name() + "（" + t.label(IntermediaryKind.valueOf(r.kind())) + "）", r.basic(), r.emergency(),
                    r.notCounted(), r.owed(), String.join("、", r.claimNos()), r.approved(), r.paid(), r.difference()));
        }
        rows.add(Arrays.asList(t.get("annual.total"), "", sum(settled, R1Settlement.Row::basic), sum(settled, R1Settlement.Row::emergency),
                sum(settled, R1Settlement.Row::notCounted), money(settled, R1Settlement.Row::owed), "", money(settled, R1Settlement.Row::approved),
                money(settled, R1Settlement.Row::paid), money(settled, R1Settlement.Row::difference)));
        List<Column> columns = List.of(col("annual.r1.no", 5), col("annual.r1.intermediary", 26), col("annual.r1.basic", 8), col("annual.r1.emergency", 8),
                col("annual.r1.notCounted", 8), col("annual.r1.owed", 11), col("annual.r1.claims", 17), col("annual.r1.approved", 11),
                col("annual.r1.paid", 11), col("annual.r1.difference", 11));
        return new FigureTable(t.get("annual.r1.sheet"), t.get("annual.r1.title", String.valueOf(year)), columns, rows, null,
                List.of(t.get("annual.r1.note", String.valueOf(year)), t.get("annual.r1.signatures")));
    }

    private Column col(String key, int width) {
        return Column.of(t.get(key), width);
    }

    private static long sum(List<R1Settlement.Row> rows, java.util.function.ToIntFunction<R1Settlement.Row> f) {
        return rows.stream().mapToInt(f).sum();
    }

    private static Money money(List<R1Settlement.Row> rows, java.util.function.Function<R1Settlement.Row, Money> f) {
        return rows.stream().map(f).reduce(Money.ZERO, Money::plus);
    }
}
