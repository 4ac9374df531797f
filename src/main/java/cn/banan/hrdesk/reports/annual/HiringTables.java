package cn.banan.hrdesk.reports.annual;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.registers.RegisterRow;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.xlsx.Column;
import cn.banan.hrdesk.xlsx.FigureChart;
import cn.banan.hrdesk.xlsx.FigureTable;
import cn.banan.hrdesk.xlsx.Ratio;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** The year's hiring against what was asked: the city's tasks against their quotas, key enterprises against their approved demand, hires by group. */
final class HiringTables {
    /** Enterprises a chart can name legibly on a page. */
    private static final int CHARTED = 12;
    private final AnnualRepository repository;
    private final RegisterService registers;
    private final Texts t;

    HiringTables(AnnualRepository repository, RegisterService registers, Texts texts) {
        this.repository = repository;
        this.registers = registers;
        this.t = texts;
    }

    /** Every task whose period touches the year, with its progress as the task register counts it (confirmed hires naming it). */
    FigureTable tasks(int year) {
        List<List<Object>> rows = new ArrayList<>();
        long[] sums = new long[2];
        List<RegisterRow> tasks = new ArrayList<>();
        registers.each(LiaisonRegisters.TASKS, tasks::add);
        tasks.sort(java.util.Comparator.comparing(r -> (LocalDate) r.get("starts_on")));
        tasks.forEach(r -> {
            LocalDate from = (LocalDate) r.get("starts_on");
            LocalDate to = (LocalDate) r.get("ends_on");
            if (from.getYear() <= year && to.getYear() >= year) {
                rows.add(Arrays.asList(String.valueOf(r.get("task_no")), t.label((Labelled) r.get("task_type")), from + " 至 " + to, r.count("quota"),
                        r.count("confirmed"), Ratio.of(r.count("confirmed"), r.count("quota"))));
                sums[0] += r.count("quota");
                sums[1] += r.count("confirmed");
            }
        });
        int charted = rows.size();
        rows.add(Arrays.asList(t.get("annual.total"), "", "", sums[0], sums[1], Ratio.of(sums[1], sums[0])));
        List<Column> columns = List.of(Column.of(t.get("liaison.task.no"), 16), Column.of(t.get("annual.tasks.kind"), 10),
                Column.of(t.get("annual.tasks.period"), 24), Column.of(t.get("liaison.task.quota"), 10), Column.of(t.get("liaison.task.confirmed"), 10),
                Column.of(t.get("annual.rate"), 10));
        return new FigureTable(t.get("annual.tasks.sheet"), t.get("annual.tasks.title", String.valueOf(year)), columns, rows,
                charted == 0 ? null : new FigureChart(FigureChart.Kind.BAR, t.get("annual.tasks.chart"), List.of(3, 4), charted),
                List.of(t.get("annual.tasks.note")));
    }

    FigureTable demand(DSLContext dsl, int year) {
        // the largest demand first, so the chart can show the enterprises that weigh most
        List<Tally> found = repository.demandAndHires(dsl, year).stream()
                .sorted(java.util.Comparator.comparingLong(Tally::first).reversed().thenComparing(Tally::name)).toList();
        List<List<Object>> rows = new ArrayList<>();
        found.forEach(d -> rows.add(Arrays.asList(d.name(), d.first(), d.second(), d.third(), Ratio.of(d.second(), d.first()))));
        long demand = found.stream().mapToLong(Tally::first).sum();
        long hires = found.stream().mapToLong(Tally::second).sum();
        rows.add(Arrays.asList(t.get("annual.total"), demand, hires, found.stream().mapToLong(Tally::third).sum(), Ratio.of(hires, demand)));
        List<Column> columns = List.of(Column.of(t.get("registry.enterprise.name"), 28), Column.of(t.get("annual.demand.approved"), 12),
                Column.of(t.get("annual.demand.hired"), 12), Column.of(t.get("annual.demand.paid"), 12), Column.of(t.get("annual.rate"), 10));
        return new FigureTable(t.get("annual.demand.sheet"), t.get("annual.demand.title", String.valueOf(year)), columns, rows,
                found.isEmpty() ? null : new FigureChart(FigureChart.Kind.BAR, t.get("annual.demand.chart", Math.min(CHARTED, found.size())),
                        List.of(1, 2), Math.min(CHARTED, found.size())),
                List.of(t.get("annual.demand.note")));
    }

    /** Every group the notice names, nought where nobody was hired: a missing group would read as forgotten. */
    FigureTable groups(DSLContext dsl, int year) {
        Map<String, Tally> by = repository.hiresByGroup(dsl, year).stream().collect(Collectors.toMap(Tally::key, Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        long[] sums = new long[3];
        for (TargetGroup g : TargetGroup.values()) {
            Tally n = by.getOrDefault(g.name(), new Tally(g.name(), null, 0, 0, 0));
            rows.add(List.of(t.label(g), n.first(), n.second(), n.third()));
            sums[0] += n.first();
            sums[1] += n.second();
            sums[2] += n.third();
        }
        rows.add(List.of(t.get("annual.total"), sums[0], sums[1], sums[2]));
        List<Column> columns = List.of(Column.of(t.get("registry.worker.group"), 18), Column.of(t.get("annual.groups.hired"), 12),
                Column.of(t.get("annual.groups.confirmed"), 12), Column.of(t.get("annual.groups.paid"), 12));
        return new FigureTable(t.get("annual.groups.sheet"), t.get("annual.groups.title", String.valueOf(year)), columns, rows,
                sums[0] == 0 ? null : new FigureChart(FigureChart.Kind.PIE, t.get("annual.groups.chart"), List.of(1), TargetGroup.values().length),
                List.of(t.get("annual.groups.note")));
    }
}
