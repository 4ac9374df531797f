package cn.banan.hrdesk.reports.annual;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.xlsx.Column;
import cn.banan.hrdesk.xlsx.FigureChart;
import cn.banan.hrdesk.xlsx.FigureTable;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** The year's claims counted five ways (申报情况): by rule, who pays, park, tier on the hire day, who claimed. */
final class ClaimTables {
    private final AnnualRepository repository;
    private final Texts t;

    ClaimTables(AnnualRepository repository, Texts texts) {
        this.repository = repository;
        this.t = texts;
    }

    List<FigureTable> of(DSLContext dsl, int year) {
        List<FigureTable> tables = new ArrayList<>();
        // every line has exactly one rule, so the rule's groups add up to the year's totals without counting a claim twice
        List<ClaimFigures> byRule = repository.claims(dsl, year, ClaimDimension.RULE);
        for (ClaimDimension d : ClaimDimension.values()) {
            List<ClaimFigures> groups = d == ClaimDimension.RULE ? byRule : repository.claims(dsl, year, d);
            List<List<Object>> rows = new ArrayList<>();
            groups.forEach(g -> rows.add(row(name(d, g.key()), g.claims(), g.lines(), g.eligible(), g.approvedFen(), g.paidFen())));
            rows.add(row(t.get("annual.total"), byRule.stream().mapToInt(ClaimFigures::claims).sum(), byRule.stream().mapToInt(ClaimFigures::lines).sum(),
                    byRule.stream().mapToInt(ClaimFigures::eligible).sum(), byRule.stream().mapToLong(ClaimFigures::approvedFen).sum(),
                    byRule.stream().mapToLong(ClaimFigures::paidFen).sum()));
            String by = t.label(d);
            List<Column> columns = List.of(Column.of(by, 30), Column.of(t.get("annual.claims.claims"), 10), Column.of(t.get("annual.claims.lines"), 10),
                    Column.of(t.get("annual.claims.eligible"), 10), Column.of(t.get("annual.claims.approved"), 16), Column.of(t.get("annual.claims.paid"), 16));
            FigureChart chart = groups.isEmpty() ? null : new FigureChart(FigureChart.Kind.BAR, t.get("annual.claims.chart", by), List.of(4, 5), groups.size());
            tables.add(new FigureTable(t.get("annual.claims.sheet", by), t.get("annual.claims.title", String.valueOf(year), by), columns, rows, chart,
                    List.of(t.get("annual.claims.note"))));
        }
        return tables;
    }

    private List<Object> row(String name, long claims, long lines, long eligible, long approvedFen, long paidFen) {
        return List.of(name, claims, lines, eligible, new Money(approvedFen), new Money(paidFen));
    }

    private String name(ClaimDimension d, String key) {
        if (key == null) {
            return t.get(d == ClaimDimension.TIER ? "policy.noTier" : "annual.unknown");
        }
        Labelled label = switch (d) {
            case RULE -> Rule.valueOf(key);
            case SOURCE -> FundingSource.valueOf(key);
            case PARK -> Park.valueOf(key);
            case TIER -> Tier.valueOf(key);
            case CLAIMANT -> key.equals("ENTERPRISE") ? null : IntermediaryKind.valueOf(key);
        };
        return label == null ? t.get("annual.claimant.enterprise") : t.label(label);
    }
}
