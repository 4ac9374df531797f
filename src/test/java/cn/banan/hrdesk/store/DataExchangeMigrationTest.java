package cn.banan.hrdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V9 readies a database that already holds rows for the exchange and loses none of them: every row is news to every
 * peer, the ledger's places become per site, a city task's id becomes its number, and the unique keys keep guarding.
 */
class DataExchangeMigrationTest {
    @TempDir
    Path dir;

    @Test
    void rowsHeldBeforeAreAllToBeSentAndNothingIsLost() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("old.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("8").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO enterprise (id, origin_site, version, updated_at, deleted, name, credit_code, park)"
                    + " VALUES ('e1', 'OFFICE', 5, '2014-01-01T00:00:00Z', 0, '甲电子', '91350100M000100Y43', 'LOGISTICS_BASE')");
            st.executeUpdate("INSERT INTO recruitment_task (id, origin_site, version, updated_at, deleted, task_no, task_type, quota, starts_on,"
                    + " ends_on, responsible_unit) VALUES ('9b1c', 'OFFICE', 3, '2014-01-01T00:00:00Z', 0, 'CQ-1', 'BASIC_SOCIAL', 5,"
                    + " '2014-01-01', '2014-12-31', '区人社局')");
            for (int seq = 1; seq <= 2; seq++) {
                st.executeUpdate("INSERT INTO ledger_entry (id, origin_site, version, updated_at, deleted, seq, account, kind, amount_fen,"
                        + " entry_date, user_name, recorded_at, prev_hash, hash) VALUES ('l" + seq + "', 'OFFICE', " + (10 + seq)
                        + ", '2014-01-01T00:00:00Z', 0, " + seq + ", 'WORK_FUND', 'ALLOCATION', 100, '2014-01-01', '某', '2014-01-01T00:00:00Z',"
                        + " 'p', 'h" + seq + "')");
            }
        }
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT group_concat(table_name || ':' || row_id, ' ') FROM (SELECT * FROM change_log ORDER BY seq)"))
                    .as("every row, the oldest version first (the parameters of V2 are version 0)")
                    .isEqualTo("policy_parameter:00000000-0000-7000-8000-000000000001 recruitment_task:task:CQ-1 enterprise:e1"
                            + " ledger_entry:l1 ledger_entry:l2");
            assertThat(one(st, "SELECT id FROM recruitment_task WHERE task_no = 'CQ-1'")).as("the task is its number").isEqualTo("task:CQ-1");
            assertThat(one(st, "SELECT count(*) FROM ledger_entry")).isEqualTo("2");
            st.executeUpdate("INSERT INTO ledger_entry (id, origin_site, version, updated_at, deleted, seq, account, kind, amount_fen,"
                    + " entry_date, user_name, recorded_at, prev_hash, hash) VALUES ('x1', 'ECONOMIC_PARK', 20, '2014-01-01T00:00:00Z', 0, 1,"
                    + " 'ECONOMIC_PARK', 'ALLOCATION', 100, '2014-01-01', '某', '2014-01-01T00:00:00Z', 'p', 'h')");
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO ledger_entry (id, origin_site, version, updated_at, deleted, seq, account,"
                    + " kind, amount_fen, entry_date, user_name, recorded_at, prev_hash, hash) VALUES ('x2', 'OFFICE', 21,"
                    + " '2014-01-01T00:00:00Z', 0, 2, 'WORK_FUND', 'ALLOCATION', 100, '2014-01-01', '某', '2014-01-01T00:00:00Z', 'p', 'h')"))
                    .as("a site's own chain still has one entry per place").hasMessageContaining("UNIQUE");
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO enterprise (id, origin_site, version, updated_at, deleted, name,"
                    + " credit_code, park) VALUES ('e2', 'OFFICE', 6, '2014-01-01T00:00:00Z', 0, '乙', '91350100M000100Y43', 'NONE')"))
                    .as("this site's own rows are still held to the unique keys").hasMessageContaining("UNIQUE");
            st.executeUpdate("UPDATE enterprise SET name = '甲电子（重庆）', version = 7 WHERE id = 'e1'");
            assertThat(one(st, "SELECT parent_version || ' ' || seq FROM change_log WHERE row_id = 'e1' ORDER BY seq DESC LIMIT 1"))
                    .as("an edit moves the row to the end (after the park's entry, 6) and says which version it replaced").isEqualTo("5 7");
        }
    }

    private static String one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
