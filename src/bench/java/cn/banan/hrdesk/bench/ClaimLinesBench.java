package cn.banan.hrdesk.bench;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimForm;
import cn.banan.hrdesk.claims.ClaimQuery;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.xlsx.ImportMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The claims list and 人员查询 over a database holding one claim of 100,000 lines (a roster imported), beside counting
 * the lines in the same process; and, for what it costs, opening that claim, which reads all its lines. Not a test.
 * Run: java -cp target/classes:target/test-classes:CLASSPATH cn.banan.hrdesk.bench.ClaimLinesBench
 */
public final class ClaimLinesBench {
    private static final int LINES = Integer.getInteger("bench.rosterRows", 100_000);
    private static final int RUNS = 15;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("hrdesk-lines-bench");
        Path roster = dir.resolve("roster.xlsx");
        RosterImportBench.write(roster, LINES);
        try (Services s = TempStore.open(dir)) {
            s.enterprises().save(new EnterpriseForm(null, "示例配套有限公司", "91500113MA5U12346T", Park.ECONOMIC_PARK, "", "", "",
                    Tier.T2_IT_SUPPORT, LocalDate.of(2014, 1, 1)));
            String agency = s.parties().save(new Intermediary(null, IntermediaryKind.HR_AGENCY, "示例机构", "52500113123456788D", null, "A", "B",
                    "62220000000000001"));
            Claim claim = s.claims().find(s.claims().create(new ClaimForm(Rule.R2, agency, 2014, LocalDate.of(2014, 12, 31), null))).orElseThrow();
            s.rosterImport().run(claim, roster, ImportMode.ALL_OR_NOTHING, null, Progress.NONE);
            String someone = ResidentId.complete("500113" + LocalDate.of(1970, 1, 1).plusDays(7_777).toString().replace("-", "") + "000").value();
            double base = Medians.millis(() -> s.database().dsl().fetchCount(org.jooq.impl.DSL.table("claim_line")), RUNS);
            report("count the lines (baseline)", base, base);
            report("claims list, first page", Medians.millis(() -> s.claims().page(ClaimQuery.ALL, 0, 100), RUNS), base);
            report("person look-up by ID number", Medians.millis(() -> s.people().find(someone), RUNS), base);
            report("person look-up by name", Medians.millis(() -> s.people().find("示例77777"), RUNS), base);
            report("the claim opened: all its lines", Medians.millis(() -> s.claims().lines(claim.id()), 5), base);
        }
    }

    private static void report(String what, double ms, double base) {
        System.out.printf("%-34s median %9.1f ms   x%.2f of counting the lines%n", what, ms, ms / base);
    }
}
