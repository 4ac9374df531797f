package cn.banan.hrdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every package a lost or tampered stick could bring is refused in words, and the database stays exactly as it was. */
class HostilePackageTest {
    @TempDir
    Path dir;
    Sites sites;
    Services park;

    @BeforeEach
    void open() throws Exception {
        sites = new Sites(dir, Site.OFFICE, Site.ECONOMIC_PARK, Site.LOGISTICS_BASE);
        sites.pair(Site.OFFICE, Site.ECONOMIC_PARK);
        sites.pair(Site.OFFICE, Site.LOGISTICS_BASE);
        sites.at(Site.OFFICE).demoData().fill(Progress.NONE);
        park = sites.at(Site.ECONOMIC_PARK);
    }

    @AfterEach
    void close() {
        sites.close();
    }

    /** Every table of the database, local ones too, row by row. */
    static List<String> dump(Services s) {
        DSLContext dsl = s.database().dsl();
        List<String> all = new ArrayList<>();
        for (String t : dsl.resultQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                .fetch(0, String.class)) {
            for (var r : dsl.resultQuery("SELECT * FROM \"" + t + "\" ORDER BY rowid").fetch()) {
                all.add(t + ":" + java.util.Arrays.deepToString(r.intoArray()));
            }
        }
        return all;
    }

    String refusal(Services at, Path file) {
        List<String> before = dump(at);
        Throwable t = catchThrowable(() -> at.exchange().importPackage(file, true, Progress.NONE));
        assertThat(t).as("refused: " + file.getFileName()).isInstanceOf(ValidationException.class);
        assertThat(dump(at)).as("the database as it was after " + file.getFileName()).isEqualTo(before);
        ValidationException v = (ValidationException) t;
        String words = TempStore.TEXTS.get(v.problems().get(0).key(), v.problems().get(0).args().toArray());
        assertThat(words).doesNotContain("!").contains("数据库没有任何改动");
        return v.problems().get(0).key();
    }

    @Test
    void oneAlteredByteAnywhereIsRefused() throws Exception {
        Path good = sites.export(Site.OFFICE, Site.ECONOMIC_PARK);
        byte[] bytes = Files.readAllBytes(good);
        PackageEnvelope e = PackageEnvelope.read(good, good);
        long payload = e.payloadOffset();
        long[] places = {0, 7, 9, 12, 30, 10 + e.headerBytes().length + 5, payload - 3, payload, payload + 40, payload + e.payloadLength() / 2,
            payload + e.payloadLength() - 1, bytes.length - 64, bytes.length - 1};
        for (long at : places) {
            byte[] altered = bytes.clone();
            altered[(int) at] ^= 0x20;
            Path file = dir.resolve("altered-" + at + ".hrdx");
            Files.write(file, altered);
            assertThat(refusal(park, file)).as("byte " + at).isIn("exchange.package.damaged", "exchange.package.badSignature",
                    "exchange.package.notAPackage", "exchange.package.notForUs", "exchange.package.unpaired");
        }
        assertThat(park.exchange().importPackage(good, true, Progress.NONE).outcome()).as("the good one still applies")
                .isEqualTo(ImportResult.Outcome.APPLIED);
    }

    @Test
    void truncatedEmptyAndJunkAreRefused() throws Exception {
        Path good = sites.export(Site.OFFICE, Site.ECONOMIC_PARK);
        byte[] bytes = Files.readAllBytes(good);
        for (int length : new int[] {4, 8, 20, 200, bytes.length / 2, bytes.length - 1}) {
            Path file = dir.resolve("cut-" + length + ".hrdx");
            Files.write(file, java.util.Arrays.copyOf(bytes, length));
            assertThat(refusal(park, file)).as("cut at " + length).isIn("exchange.package.damaged", "exchange.package.notAPackage");
        }
        Path empty = Files.write(dir.resolve("empty.hrdx"), new byte[0]);
        assertThat(refusal(park, empty)).isEqualTo("exchange.package.notAPackage");
        byte[] junk = new byte[100_000];
        new java.util.Random(7).nextBytes(junk);
        assertThat(refusal(park, Files.write(dir.resolve("junk.hrdx"), junk))).isEqualTo("exchange.package.notAPackage");
        byte[] junkAfterMagic = junk.clone();
        System.arraycopy(PackageEnvelope.MAGIC, 0, junkAfterMagic, 0, 8);
        assertThat(refusal(park, Files.write(dir.resolve("junk2.hrdx"), junkAfterMagic))).isEqualTo("exchange.package.damaged");
    }

    @Test
    void wrongAddresseeOwnPackageAndUnpairedSenderAreRefused() throws Exception {
        Path forPark = sites.export(Site.OFFICE, Site.ECONOMIC_PARK);
        assertThat(refusal(sites.at(Site.LOGISTICS_BASE), forPark)).isEqualTo("exchange.package.notForUs");
        assertThat(refusal(sites.at(Site.OFFICE), forPark)).isEqualTo("exchange.package.own");
        Services riverside = TempStore.open(sites.folder(Site.MALIU_RIVERSIDE), Site.MALIU_RIVERSIDE, Session.of(cn.banan.hrdesk.testing.Operator.everything("测试")));
        try {
            Path card = dir.resolve("riverside.card");
            riverside.exchange().writeCard(card);
            sites.at(Site.OFFICE).exchange().pair(riverside.exchange().readCard(card), null, false);
            Path forRiverside = sites.export(Site.OFFICE, Site.MALIU_RIVERSIDE);
            assertThat(refusal(riverside, forRiverside)).as("the riverside never read the office's card").isEqualTo("exchange.package.unpaired");
        } finally {
            riverside.close();
        }
    }

    @Test
    void aPackageSignedWithAnotherKeyOfAPairedSiteIsRefused() throws Exception {
        // the park is set up again (new keys); the office still trusts the old ones
        Services newPark = TempStore.open(dir.resolve("new-park"), Site.ECONOMIC_PARK, Session.of(cn.banan.hrdesk.testing.Operator.everything("测试")));
        try {
            Path card = dir.resolve("office.card");
            sites.at(Site.OFFICE).exchange().writeCard(card);
            newPark.exchange().pair(newPark.exchange().readCard(card), null, false);
            Path file = dir.resolve("from-new-park.hrdx");
            newPark.exchange().export(Site.OFFICE, file, Progress.NONE);
            assertThat(refusal(sites.at(Site.OFFICE), file)).isEqualTo("exchange.package.badSignature");
        } finally {
            newPark.close();
        }
    }

    @Test
    void aReplayChangesNothingAndSaysSo() throws Exception {
        Path first = sites.export(Site.OFFICE, Site.ECONOMIC_PARK);
        Path second = sites.export(Site.OFFICE, Site.ECONOMIC_PARK);
        assertThat(park.exchange().importPackage(second, true, Progress.NONE).outcome()).isEqualTo(ImportResult.Outcome.APPLIED);
        List<String> before = dump(park);
        assertThat(park.exchange().importPackage(second, true, Progress.NONE).outcome()).isEqualTo(ImportResult.Outcome.ALREADY_APPLIED);
        assertThat(park.exchange().importPackage(first, true, Progress.NONE).outcome()).as("older, and held in the second")
                .isEqualTo(ImportResult.Outcome.SUPERSEDED);
        assertThat(dump(park)).isEqualTo(before);
    }

    /** A package the paired office really signed, but whose content its program would never write. */
    Path forged(String name, PackageWriter.Body body) throws Exception {
        Services office = sites.at(Site.OFFICE);
        Peer peer = new PeerRepository().find(office.database().dsl(), Site.ECONOMIC_PARK).orElseThrow();
        Path file = dir.resolve(name + ".hrdx");
        PackageWriter.write(file, new PackageHeader(UUID.randomUUID().toString(), Site.OFFICE, Site.ECONOMIC_PARK, 1, "2026-11-28T02:00:00.000Z"),
                peer.agreeKey(), new SiteKeys(office.database().dsl(), TempStore.CLOCK).privateKey(SiteKeys.Purpose.SIGN), body);
        return file;
    }

    @Test
    void aNameThatIsAPathOrATableThatDoesNotTravelIsRefused() throws Exception {
        for (String table : new String[] {"../../etc/passwd", "..", "app_user", "site_key", "enterprise; DROP TABLE claim"}) {
            Path file = forged("name", out -> {
                out.coverage(new PackageCoverage(0, 0, 1));
                out.table(table, List.of("id", "origin_site", "version", "updated_at", "deleted"));
                out.row(0, new Object[] {"x", "OFFICE", 1L, "2026-11-28T02:00:00.000Z", 0L});
                out.end();
            });
            assertThat(refusal(park, file)).as(table).isEqualTo("exchange.package.damaged");
        }
    }

    @Test
    void aConflictAboutATableThatDoesNotTravelIsRefused() throws Exception {
        TravellingTables tables = new TravellingTables();
        List<String> columns = tables.columns(TravellingTables.CONFLICTS);
        Object[] row = new Object[columns.size()];
        java.util.Map<String, Object> v = java.util.Map.of("id", "conflict:x", "origin_site", "OFFICE", "version", 1L, "updated_at",
                "2026-11-28T02:00:00.000Z", "deleted", 0L, "kind", "VERSION", "table_name", "app_user", "row_id", "u1", "other_version", 1L,
                "other_site", "OFFICE");
        for (int i = 0; i < row.length; i++) {
            row[i] = v.get(columns.get(i));
        }
        row[columns.indexOf("detected_at")] = "2026-11-28T02:00:00.000Z";
        Path file = forged("conflict", out -> {
            out.coverage(new PackageCoverage(0, 0, 1));
            out.table(TravellingTables.CONFLICTS, columns);
            out.row(0, row);
            out.end();
        });
        assertThat(refusal(park, file)).as("settling it would write to the users").isEqualTo("exchange.package.damaged");
    }

    @Test
    void rowsTheDatabaseWouldNotTakeRefuseTheWholePackage() throws Exception {
        List<String> columns = List.of("id", "origin_site", "version", "updated_at", "deleted", "name", "credit_code", "park");
        Path badPark = forged("check", out -> {
            out.coverage(new PackageCoverage(0, 0, 1));
            out.table("enterprise", columns);
            out.row(0, new Object[] {"e-ok", "OFFICE", 5L, "2026-11-28T02:00:00.000Z", 0L, "甲", "91350100M000100Y43", "NONE"});
            out.row(0, new Object[] {"e-bad", "OFFICE", 9L, "2026-11-28T02:00:00.000Z", 0L, "乙", "91500113MA5U12346T", "MARS"});
            out.end();
        });
        assertThat(refusal(park, badPark)).as("a park no site has").isEqualTo("exchange.package.doesNotFit");
        Path orphan = forged("orphan", out -> {
            out.coverage(new PackageCoverage(0, 0, 1));
            out.table("enterprise_contact", List.of("id", "origin_site", "version", "updated_at", "deleted", "enterprise_id", "name"));
            out.row(0, new Object[] {"c1", "OFFICE", 5L, "2026-11-28T02:00:00.000Z", 0L, "no-such-enterprise", "联系人"});
            out.end();
        });
        assertThat(refusal(park, orphan)).as("a contact of an enterprise neither side has").isEqualTo("exchange.package.missingRows");
    }

    @Test
    void aDecompressionBombStopsAtItsCap() throws Exception {
        String mib = "a".repeat(PayloadInput.MAX_TEXT);
        Path file = forged("bomb", out -> {
            out.coverage(new PackageCoverage(0, 0, 1));
            out.table("enterprise", List.of("id", "origin_site", "version", "updated_at", "deleted", "note"));
            for (int i = 0; i < 200; i++) {
                out.row(0, new Object[] {"id-" + i, "OFFICE", 1L, "2026-11-28T02:00:00.000Z", 0L, mib});
            }
            out.end();
        });
        assertThat(Files.size(file)).as("small on the stick").isLessThan(2L << 20);
        assertThat(refusal(park, file)).isEqualTo("exchange.package.tooLarge");
    }

    @Test
    void aLedgerEntryThatDoesNotHashToItselfIsRefused() throws Exception {
        Services office = sites.at(Site.OFFICE);
        TravellingTables tables = new TravellingTables();
        List<String> columns = tables.columns("ledger_entry");
        Object[] entry = office.database().dsl().resultQuery("SELECT " + String.join(", ", columns) + " FROM ledger_entry ORDER BY seq LIMIT 1")
                .fetchOne().intoArray();
        for (int i = 0; i < entry.length; i++) {
            entry[i] = entry[i] instanceof Integer n ? Long.valueOf(n) : entry[i];
        }
        entry[columns.indexOf("amount_fen")] = (Long) entry[columns.indexOf("amount_fen")] + 100;
        Path file = forged("ledger", out -> {
            out.coverage(new PackageCoverage(0, 0, 1));
            out.table("ledger_entry", columns);
            out.row(0, entry);
            out.end();
        });
        assertThat(refusal(park, file)).isEqualTo("exchange.package.chain");
    }

    @Test
    void aFileWhoseBytesAreNotWhatItsNameSaysIsRefusedAndNothingIsKept() throws Exception {
        byte[] claimed = "扫描件：入职确认书".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = Sha256.hex(claimed);
        Path swapped = Files.writeString(dir.resolve("swapped.bin"), "另一份文件");
        Path file = forged("file", out -> {
            out.coverage(new PackageCoverage(0, 0, 1));
            out.file(sha, swapped);
            out.end();
        });
        cn.banan.hrdesk.attachments.AttachmentFiles kept = cn.banan.hrdesk.attachments.AttachmentFiles.beside(park.database().file());
        assertThat(refusal(park, file)).isEqualTo("exchange.package.damaged");
        assertThat(Files.exists(kept.path(sha))).as("no file kept under the name it claimed").isFalse();
    }
}
