package cn.banan.hrdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.audit.AuditCheck;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.store.AuditHash;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail travels like the ledger: the park holds the office's chain, and its packages carry the heads of the
 * chains it holds. An office file whose trail was rewritten from some entry on, every hash made again, still checks
 * out link by link; the head the park witnessed does not.
 */
class AuditWitnessTest {
    @TempDir
    Path dir;
    Sites sites;

    @BeforeEach
    void open() throws Exception {
        sites = new Sites(dir, Site.OFFICE, Site.ECONOMIC_PARK);
        sites.pair(Site.OFFICE, Site.ECONOMIC_PARK);
    }

    @AfterEach
    void close() {
        sites.close();
    }

    @Test
    void aTrailRewrittenWithEveryHashMadeAgainDiffersFromTheHeadThePeerWitnessed() throws Exception {
        sites.at(Site.OFFICE).demoData().fill(Progress.NONE);
        sites.carry(Site.OFFICE, Site.ECONOMIC_PARK);
        sites.carry(Site.ECONOMIC_PARK, Site.OFFICE);
        assertThat(sites.at(Site.ECONOMIC_PARK).audit().verify().holds()).as("the park holds the office's chain whole").isTrue();
        assertThat(sites.at(Site.OFFICE).audit().verify().holds()).isTrue();
        sites.open.remove(Site.OFFICE).close();

        rewriteFrom(dir.resolve("OFFICE").resolve("hrdesk.db"), 40);

        var office = cn.banan.hrdesk.testing.TempStore.open(dir.resolve("OFFICE"), Site.OFFICE,
                cn.banan.hrdesk.security.Session.of(cn.banan.hrdesk.testing.Operator.everything("测试")));
        sites.open.put(Site.OFFICE, office);
        AuditCheck check = office.audit().verify();
        assertThat(check.problem()).isEqualTo(AuditCheck.Problem.WITNESS_DIFFERS);
        assertThat(check.site()).isEqualTo("OFFICE");
    }

    /** Changes the user named on one entry of the office's chain, then makes every hash from there on again. */
    static void rewriteFrom(Path db, long seq) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_entry_no_update");
            st.executeUpdate("UPDATE audit_entry SET user_name = '别人' WHERE origin_site = 'OFFICE' AND seq = " + seq);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT seq, at, user_id, user_name, role, source, os_user, table_name, row_id, op, before, after"
                    + " FROM audit_entry WHERE origin_site = 'OFFICE' ORDER BY seq")) {
                while (rs.next()) {
                    String[] r = new String[12];
                    for (int i = 0; i < 12; i++) {
                        r[i] = rs.getString(i + 1);
                    }
                    rows.add(r);
                }
            }
            String prev = "";
            try (PreparedStatement up = c.prepareStatement("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE origin_site = 'OFFICE' AND seq = ?")) {
                for (String[] r : rows) {
                    String hash = AuditHash.of(prev, "OFFICE", r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11]);
                    up.setString(1, prev);
                    up.setString(2, hash);
                    up.setLong(3, Long.parseLong(r[0]));
                    up.executeUpdate();
                    prev = hash;
                }
            }
        }
    }
}
