package cn.banan.hrdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.testing.TempStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** Several sites, each a real database in its own folder, paired with each other as their clerks would. */
final class Sites implements AutoCloseable {
    final Path dir;
    final Map<Site, Services> open = new EnumMap<>(Site.class);
    private int packages;

    Sites(Path dir, Site... sites) {
        this.dir = dir;
        for (Site s : sites) {
            open.put(s, TempStore.open(folder(s), s, Session.of(cn.banan.hrdesk.testing.Operator.everything("测试"))));
        }
    }

    Path folder(Site s) {
        Path f = dir.resolve(s.name());
        try {
            Files.createDirectories(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    Services at(Site s) {
        return open.get(s);
    }

    /** Both sites read each other's card and confirm the fingerprint. */
    void pair(Site a, Site b) throws IOException {
        SiteCard cardA = at(a).exchange().writeCard(dir.resolve(a + ".card"));
        SiteCard cardB = at(b).exchange().writeCard(dir.resolve(b + ".card"));
        at(b).exchange().pair(at(b).exchange().readCard(dir.resolve(a + ".card")), cardA.fingerprint(), false);
        at(a).exchange().pair(at(a).exchange().readCard(dir.resolve(b + ".card")), cardB.fingerprint(), false);
    }

    Path export(Site from, Site to) throws IOException {
        Path file = dir.resolve("pkg-" + (++packages) + "-" + from + "-" + to + ".hrdx");
        at(from).exchange().export(to, file, Progress.NONE);
        return file;
    }

    ImportResult carry(Site from, Site to) throws IOException {
        return at(to).exchange().importPackage(export(from, to), true, Progress.NONE);
    }

    /**
     * Every travelling table's rows, column by column, ordered by id: what two sites that agree hold alike. The audit
     * trail is not among them: each site adds to its own chain as it takes a package in ({@link #assertTrailsAgree}).
     */
    static Map<String, List<List<Object>>> rows(Services s) {
        DSLContext dsl = s.database().dsl();
        Map<String, List<List<Object>>> all = new java.util.TreeMap<>();
        TravellingTables tables = new TravellingTables();
        for (String t : tables.names()) {
            if (t.equals(TRAIL)) {
                continue;
            }
            String cols = String.join(", ", tables.columns(t).stream().map(c -> "\"" + c + "\"").toList());
            List<List<Object>> rows = new ArrayList<>();
            for (var r : dsl.resultQuery("SELECT " + cols + " FROM \"" + t + "\" ORDER BY id").fetch()) {
                List<Object> row = new ArrayList<>();
                for (Object v : r.intoArray()) {
                    row.add(v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : v instanceof Integer i ? Long.valueOf(i) : v);
                }
                rows.add(row);
            }
            all.put(t, rows);
        }
        return all;
    }

    static void assertSameRows(Services a, Services b) {
        Map<String, List<List<Object>>> ra = rows(a);
        Map<String, List<List<Object>>> rb = rows(b);
        for (String t : ra.keySet()) {
            assertThat(rb.get(t)).as("table " + t).containsExactlyElementsOf(ra.get(t));
        }
        assertTrailsAgree(a, b);
    }

    static final String TRAIL = "audit_entry";

    /** Where both sites hold an entry of a chain, they hold it alike; and each site's trail checks out whole. */
    static void assertTrailsAgree(Services a, Services b) {
        Map<String, String> ha = hashes(a);
        Map<String, String> hb = hashes(b);
        ha.forEach((place, hash) -> {
            if (hb.containsKey(place)) {
                assertThat(hb.get(place)).as("audit entry " + place).isEqualTo(hash);
            }
        });
        assertThat(a.audit().verify().holds()).as(a.audit().verify().toString()).isTrue();
        assertThat(b.audit().verify().holds()).as(b.audit().verify().toString()).isTrue();
    }

    static Map<String, String> hashes(Services s) {
        Map<String, String> m = new java.util.HashMap<>();
        s.database().dsl().fetch("SELECT origin_site || ':' || seq, hash FROM audit_entry").forEach(r -> m.put(r.get(0, String.class), r.get(1, String.class)));
        return m;
    }

    @Override
    public void close() {
        open.values().forEach(Services::close);
    }
}
