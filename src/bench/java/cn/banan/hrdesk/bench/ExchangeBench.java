package cn.banan.hrdesk.bench;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimForm;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.exchange.ExportResult;
import cn.banan.hrdesk.exchange.ImportResult;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.store.Database;
import cn.banan.hrdesk.xlsx.ImportMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * About 100,000 changed rows (a roster of LINES lines: a worker, a placement and a claim line each) written into a
 * package at the office and taken in at a park, against SQLite's VACUUM INTO of the office's database, which
 * copies the same tables page by page, in the same process. Not a test: it prints medians and their ratio.
 * Run: mvn -q -Pbench verify -DskipTests (docs/benchmarks.md).
 */
public final class ExchangeBench {
    static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        int lines = Integer.getInteger("bench.exchangeLines", 33_334);
        Path dir = Files.createTempDirectory("hrdesk-exchange-bench");
        Texts texts = new Texts(Locale.SIMPLIFIED_CHINESE);
        Path officeDb = dir.resolve("office.db");
        Path pristinePark = dir.resolve("park.db");
        try (Services office = open(officeDb, Site.OFFICE, texts); Services park = open(pristinePark, Site.ECONOMIC_PARK, texts)) {
            fill(office, dir, lines);
            office.exchange().pair(park.exchange().card(), null, false);
            park.exchange().pair(office.exchange().card(), null, false);
            long[] vacuum = new long[RUNS];
            long[] export = new long[RUNS];
            long[] apply = new long[RUNS];
            long[] floor = new long[RUNS];
            long[] staging = new long[RUNS];
            long rows = 0;
            long size = 0;
            for (int i = 0; i < RUNS; i++) {
                Path copy = dir.resolve("vacuum-" + i + ".db");
                long t = System.nanoTime();
                office.database().dsl().execute("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
                vacuum[i] = System.nanoTime() - t;
                Path pkg = dir.resolve("package-" + i + ".hrdx");
                t = System.nanoTime();
                ExportResult r = office.exchange().export(Site.ECONOMIC_PARK, pkg, Progress.NONE);
                export[i] = System.nanoTime() - t;
                rows = r.rows();
                size = Files.size(pkg);
                Path parkCopy = dir.resolve("park-" + i + ".db");
                Files.copy(pristinePark, parkCopy);
                try (Services fresh = open(parkCopy, Site.ECONOMIC_PARK, texts)) {
                    t = System.nanoTime();
                    ImportResult in = fresh.exchange().importPackage(pkg, true, Progress.NONE);
                    apply[i] = System.nanoTime() - t;
                    if (in.rows() != rows) {
                        throw new IllegalStateException("took in " + in.rows() + " of " + rows);
                    }
                }
                Path floorCopy = dir.resolve("floor-" + i + ".db");
                Files.copy(pristinePark, floorCopy);
                try (Services fresh = open(floorCopy, Site.ECONOMIC_PARK, texts)) {
                    t = System.nanoTime();
                    copyTables(fresh, officeDb);
                    floor[i] = System.nanoTime() - t;
                }
                t = System.nanoTime();
                stage(office, dir.resolve("staged-" + i + ".db"));
                staging[i] = System.nanoTime() - t;
            }
            System.out.printf("database %,d bytes; package %,d rows, %,d bytes (%.0f bytes a row); heap limit %,d MB%n", Files.size(officeDb),
                    rows, size, (double) size / rows, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("VACUUM INTO:          median %.2f s of %d%n", median(vacuum) / 1e9, RUNS);
            System.out.printf("export:               median %.2f s%n", median(export) / 1e9);
            System.out.printf("import (check+apply): median %.2f s%n", median(apply) / 1e9);
            System.out.printf("SQLite floor:         median %.2f s (INSERT ... SELECT of the same tables from the office's file, indexes"
                    + " and change log kept)%n", median(floor) / 1e9);
            System.out.printf("staging write:        median %.2f s (the same rows into a file without indexes, as a staged import"
                    + " would write them before merging)%n", median(staging) / 1e9);
            System.out.printf("staged design, lower bound: export + staging write + floor = x%.2f of VACUUM INTO%n",
                    (double) (median(export) + median(staging) + median(floor)) / median(vacuum));
            System.out.printf("ratio: export+import x%.2f of VACUUM INTO; import x%.2f of the floor%n",
                    (double) (median(export) + median(apply)) / median(vacuum), (double) median(apply) / median(floor));
        }
    }

    private static Services open(Path db, Site site, Texts texts) {
        Database d = Database.open(db);
        new cn.banan.hrdesk.store.SiteIdentity(new cn.banan.hrdesk.store.LocalSettings(d.dsl())).choose(site);
        return new Services(d, site, texts, Clock.systemDefaultZone(), Session.of(cn.banan.hrdesk.testing.Operator.everything("bench")));
    }

    private static void fill(Services s, Path dir, int lines) throws Exception {
        Path roster = dir.resolve("roster.xlsx");
        RosterImportBench.write(roster, lines);
        s.enterprises().save(new EnterpriseForm(null, "示例配套有限公司", "91500113MA5U12346T", Park.ECONOMIC_PARK, "", "", "",
                Tier.T2_IT_SUPPORT, LocalDate.of(2014, 1, 1)));
        String agency = s.parties().save(new Intermediary(null, IntermediaryKind.HR_AGENCY, "示例机构", "52500113123456788D", null, "A", "B", "62220000000000001"));
        Claim claim = s.claims().find(s.claims().create(new ClaimForm(Rule.R2, agency, 2014, LocalDate.of(2014, 12, 31), null))).orElseThrow();
        s.rosterImport().run(claim, roster, ImportMode.ALL_OR_NOTHING, null, Progress.NONE);
    }

    /** What SQLite itself takes to copy the rows in, table by table, in one transaction: no checks (not even references), no crypto. */
    private static void copyTables(Services park, Path officeDb) {
        var dsl = park.database().dsl();
        dsl.connection(c -> {
            try (var st = c.createStatement()) {
                st.execute("ATTACH DATABASE '" + officeDb.toString().replace("'", "''") + "' AS office");
                st.execute("PRAGMA foreign_keys = OFF");
                c.setAutoCommit(false);
                for (var t : cn.banan.hrdesk.store.generated.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                    if (t.field("origin_site") != null) {
                        st.executeUpdate("INSERT OR IGNORE INTO main.\"" + t.getName() + "\" SELECT * FROM office.\"" + t.getName() + "\"");
                    }
                }
                c.commit();
                c.setAutoCommit(true);
                st.execute("PRAGMA foreign_keys = ON");
                st.execute("DETACH DATABASE office");
            }
        });
    }

    /** Rows written as a staged import would: into a fresh file with the tables' columns and no index or trigger. */
    private static void stage(Services office, Path staged) {
        office.database().dsl().connection(c -> {
            try (var st = c.createStatement()) {
                st.execute("ATTACH DATABASE '" + staged.toString().replace("'", "''") + "' AS staged");
                c.setAutoCommit(false);
                for (var t : cn.banan.hrdesk.store.generated.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                    if (t.field("origin_site") != null) {
                        st.executeUpdate("CREATE TABLE staged.\"" + t.getName() + "\" AS SELECT * FROM main.\"" + t.getName() + "\"");
                    }
                }
                c.commit();
                c.setAutoCommit(true);
                st.execute("DETACH DATABASE staged");
            }
        });
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
