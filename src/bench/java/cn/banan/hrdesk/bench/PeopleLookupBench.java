package cn.banan.hrdesk.bench;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * 人员查询 over 100,000 workers, each with a hire: by ID number (indexed) and by part of a name (a scan of the names),
 * medians of repeated runs beside the baseline of counting the workers in the same process. Not a test.
 * Run: java -cp target/classes:target/test-classes:CLASSPATH cn.banan.hrdesk.bench.PeopleLookupBench
 */
public final class PeopleLookupBench {
    private static final int WORKERS = 100_000;
    private static final int RUNS = 15;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("hrdesk-bench");
        try (Services s = TempStore.open(dir)) {
            String enterprise = s.enterprises().save(new EnterpriseForm(null, "示例电子有限公司", "91500113MA5U12346T", Park.ECONOMIC_PARK, "", "", "",
                    Tier.T3_DISTRICT_KEY, LocalDate.of(2014, 1, 1)));
            long t0 = System.nanoTime();
            s.database().dsl().transaction(tx -> {
                for (int i = 0; i < WORKERS; i++) {
                    String w = "w" + i;
                    tx.dsl().execute("INSERT INTO worker (id, origin_site, version, updated_at, resident_id, name, target_group) "
                            + "VALUES (?, 'OFFICE', 1, '2026-01-01T00:00:00.000Z', ?, ?, 'OTHER')", w, String.format("5001131990%08d", i),
                            "示例人员" + String.format("%06d", i));
                    tx.dsl().execute("INSERT INTO placement (id, origin_site, version, updated_at, worker_id, enterprise_id, channel, hire_date) "
                            + "VALUES (?, 'OFFICE', 1, '2026-01-01T00:00:00.000Z', ?, ?, 'DIRECT', '2014-03-10')", "p" + i, w, enterprise);
                }
            });
            System.out.printf("filled %,d workers with a hire each in %.1f s%n", WORKERS, (System.nanoTime() - t0) / 1e9);
            double base = median(() -> s.database().dsl().fetchCount(org.jooq.impl.DSL.table("worker")));
            report("count the workers (baseline)", base, base);
            report("by ID number", median(() -> s.people().find(String.format("5001131990%08d", 77_777))), base);
            report("by whole name", median(() -> s.people().find("示例人员077777")), base);
            report("by part of a name, 10 found", median(() -> s.people().find("人员07777")), base);
        }
    }

    private static double median(Supplier<?> work) {
        return Medians.millis(work, RUNS);
    }

    private static void report(String what, double ms, double base) {
        System.out.printf("%-30s median %8.1f ms   x%.2f of counting the workers%n", what, ms, ms / base);
    }
}
