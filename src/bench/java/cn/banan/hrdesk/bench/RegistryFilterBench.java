package cn.banan.hrdesk.bench;

import cn.banan.hrdesk.core.CreditCode;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.Enterprise;
import cn.banan.hrdesk.registry.EnterpriseDetailRepository;
import cn.banan.hrdesk.registry.EnterpriseQuery;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import cn.banan.hrdesk.registry.EnterpriseService;
import cn.banan.hrdesk.registry.Recognition;
import cn.banan.hrdesk.store.Database;
import cn.banan.hrdesk.store.RowStamp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * How long the enterprise list takes to show its first page (count + page, as the window asks) over
 * 100,000 enterprises, per filter. Medians of repeated runs, and each as a ratio of the unfiltered list in
 * the same process, since these machines are noisy. Not a test: it prints figures, no verdicts.
 * Run: mvn -q -Pbench verify -DskipTests (see docs/benchmarks.md).
 */
public final class RegistryFilterBench {
    private static final int ENTERPRISES = 100_000;
    private static final int RUNS = 21;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("hrdesk-bench");
        try (Database db = Database.open(dir.resolve("bench.db"))) {
            Clock clock = Clock.systemDefaultZone();
            RowStamp stamp = RowStamp.forDatabase(db.dsl(), Site.OFFICE, clock);
            EnterpriseRepository repo = new EnterpriseRepository(stamp);
            EnterpriseDetailRepository details = new EnterpriseDetailRepository(stamp);
            long t0 = System.nanoTime();
            fill(db, repo, details);
            System.out.printf("filled %,d enterprises in %.1f s%n", ENTERPRISES, (System.nanoTime() - t0) / 1e9);
            EnterpriseService service = new EnterpriseService(db.dsl(), repo, details, clock,
                    cn.banan.hrdesk.security.Session.of(cn.banan.hrdesk.testing.Operator.everything("bench")));
            LocalDate today = LocalDate.now(clock);
            double base = median(() -> service.page(EnterpriseQuery.all(today), 0, 100));
            report("no filter (baseline)", base, base);
            report("tier T3", median(() -> service.page(new EnterpriseQuery("", Tier.T3_DISTRICT_KEY, null, null, today), 0, 100)), base);
            report("park", median(() -> service.page(new EnterpriseQuery("", null, Park.MALIU_RIVERSIDE, null, today), 0, 100)), base);
            report("recognised", median(() -> service.page(new EnterpriseQuery("", null, null, true, today), 0, 100)), base);
            report("text in name", median(() -> service.page(new EnterpriseQuery("电子0042", null, null, null, today), 0, 100)), base);
            report("tier+park+recognised", median(() -> service.page(new EnterpriseQuery("", Tier.T3_DISTRICT_KEY,
                    Park.ECONOMIC_PARK, true, today), 0, 100)), base);
            report("last page, no filter", median(() -> service.page(EnterpriseQuery.all(today), ENTERPRISES - 100, 100)), base);
        }
    }

    private static void fill(Database db, EnterpriseRepository repo, EnterpriseDetailRepository details) {
        db.dsl().transaction(tx -> {
            for (int i = 0; i < ENTERPRISES; i++) {
                Tier tier = Tier.values()[i % 3];
                Park park = Park.values()[i % 4];
                String code = CreditCode.complete(String.format("91500113%08d", i)).value();
                String id = repo.insert(tx.dsl(), new Enterprise(null, "示例电子" + String.format("%06d", i) + "有限公司",
                        CreditCode.of(code), park, null, null, null));
                details.insertTier(tx.dsl(), id, tier, LocalDate.of(2014, 1, 1));
                if (tier == Tier.T3_DISTRICT_KEY && i % 2 == 0) {
                    details.insertRecognition(tx.dsl(), id, new Recognition(null, "区经信委", LocalDate.of(2013, 12, 1), "文号",
                            LocalDate.of(2014, 1, 1), null));
                }
            }
        });
    }

    private static double median(Supplier<?> work) {
        return Medians.millis(work, RUNS);
    }

    private static void report(String what, double ms, double base) {
        System.out.printf("%-24s median %8.1f ms   x%.2f of the unfiltered list%n", what, ms, ms / base);
    }

}
