package cn.banan.hrdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V8 turns words into links on a database that already holds rows kept the old way, and loses none of what they said. */
class DepartmentLinksMigrationTest {
    @TempDir
    Path dir;

    @Test
    void actionsFindTheirMeetingAndTheRestKeepTheirWordsAndPlacedCountsMoveToTheNote() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("old.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("7").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            String travel = "'OFFICE', 1, '2014-01-01T00:00:00Z', 0";
            st.executeUpdate("INSERT INTO meeting VALUES ('m1', " + travel + ", '2014-05-10', '第三次工作会议', '', '', '')");
            st.executeUpdate("INSERT INTO meeting_action VALUES ('a1', " + travel + ", '第三次工作会议', '走访企业', '招工联络部', '2014-06-01', NULL)");
            st.executeUpdate("INSERT INTO meeting_action VALUES ('a2', " + travel + ", '年终总结会', '报送总结', '综合管理部', '2014-12-20', NULL)");
            st.executeUpdate("INSERT INTO school_agreement VALUES ('g1', " + travel + ", '职教中心', '巴岳电子', '', 40, '2014-09-01', '2016-07-01', 12, '订单班')");
            st.executeUpdate("INSERT INTO school_agreement VALUES ('g2', " + travel + ", '职教中心', '鱼洞智能', '', 20, '2014-09-01', '2016-07-01', 0, '')");
        }
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT meeting_id FROM meeting_action WHERE id = 'a1'")).as("its words were the meeting's title").isEqualTo("m1");
            assertThat(one(st, "SELECT ifnull(meeting_id, '-') || ' ' || action FROM meeting_action WHERE id = 'a2'"))
                    .as("no such meeting: the words stay with the action").isEqualTo("- 报送总结（会议：年终总结会）");
            assertThat(one(st, "SELECT note FROM school_agreement WHERE id = 'g1'")).isEqualTo("订单班 原登记已安置12人");
            assertThat(one(st, "SELECT note FROM school_agreement WHERE id = 'g2'")).isEmpty();
            assertThat(one(st, "SELECT count(*) FROM pragma_table_info('placement') WHERE name = 'task_type'")).isEqualTo("0");
        }
    }

    private static String one(Statement st, String sql) throws Exception {
        try (ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
