package cn.banan.hrdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program is killed (SIGKILL, as a pulled plug) at moments spread over an import of a large package, in a child
 * JVM doing what a clerk's `exchange import` does: afterwards the database is either as it was or holds the whole
 * package, never a part of it, and the package can still be taken in.
 */
class KilledImportTest {
    static final int EXTRA_WORKERS = 40_000;
    @TempDir
    Path dir;

    @Test
    void aKillAtAnyMomentLeavesTheDatabaseAsItWasOrWhole() throws Exception {
        Path pkg;
        Path pristine;
        List<String> before;
        try (Sites sites = new Sites(dir, Site.OFFICE, Site.ECONOMIC_PARK)) {
            sites.pair(Site.OFFICE, Site.ECONOMIC_PARK);
            sites.at(Site.OFFICE).demoData().fill(Progress.NONE);
            manyWorkers(sites.at(Site.OFFICE));
            pkg = sites.export(Site.OFFICE, Site.ECONOMIC_PARK);
            before = HostilePackageTest.dump(sites.at(Site.ECONOMIC_PARK));
            pristine = sites.folder(Site.ECONOMIC_PARK).resolve("hrdesk.db");
        }
        long full = timeOfAWholeRun(pkg, pristine);
        int unchanged = 0;
        int whole = 0;
        for (double f = 0.35; f < 1.0; f += 0.1) {
            Path folder = Files.createDirectories(dir.resolve("try-" + Math.round(f * 100)));
            Files.copy(pristine, folder.resolve("hrdesk.db"));
            Process child = child(pkg, folder.resolve("hrdesk.db"));
            Thread.sleep((long) (full * f));
            boolean killed = child.isAlive();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (Services park = TempStore.open(folder, Site.ECONOMIC_PARK, Session.of(cn.banan.hrdesk.testing.Operator.everything("测试")))) {
                List<String> after = HostilePackageTest.dump(park);
                boolean applied = park.exchange().packages(10).stream().anyMatch(p -> p.direction() == PackageLogEntry.Direction.IN);
                if (applied) {
                    whole++;
                    assertThat(park.database().dsl().fetchCount(park.database().dsl().selectFrom("worker")))
                            .as("whole, at " + f).isEqualTo(DEMO_WORKERS + EXTRA_WORKERS);
                } else {
                    unchanged += killed ? 1 : 0;
                    assertThat(after).as("as it was, killed at " + f).isEqualTo(before);
                    assertThat(park.exchange().importPackage(pkg, true, Progress.NONE).outcome()).isEqualTo(ImportResult.Outcome.APPLIED);
                }
                assertThat(park.ledger().verify().holds()).isTrue();
            }
        }
        assertThat(unchanged).as("some kills fell before the commit (whole: " + whole + ")").isPositive();
    }

    static final int DEMO_WORKERS = cn.banan.hrdesk.demo.DemoData.WORKERS;

    private static void manyWorkers(Services office) {
        var dsl = office.database().dsl();
        dsl.transaction(c -> {
            var q = c.dsl().query("INSERT INTO worker (id, origin_site, version, updated_at, deleted, resident_id, name, target_group)"
                    + " VALUES (?, 'OFFICE', ?, '2026-11-28T02:00:00.000Z', 0, ?, ?, 'OTHER')", "", 0L, "", "");
            var batch = c.dsl().batch(q);
            for (int i = 0; i < EXTRA_WORKERS; i++) {
                batch.bind("bulk-" + i, 1000L + i, String.format("9%017d", i), "人员" + i);
            }
            batch.execute();
        });
    }

    private long timeOfAWholeRun(Path pkg, Path pristine) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("whole"));
        Files.copy(pristine, folder.resolve("hrdesk.db"), StandardCopyOption.REPLACE_EXISTING);
        long start = System.nanoTime();
        Process child = child(pkg, folder.resolve("hrdesk.db"));
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(new String(child.getInputStream().readAllBytes())).isZero();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Process child(Path pkg, Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "cn.banan.hrdesk.Main", "--db", db.toString(),
                "exchange", "import", pkg.toString()).redirectErrorStream(true).start();
    }
}
