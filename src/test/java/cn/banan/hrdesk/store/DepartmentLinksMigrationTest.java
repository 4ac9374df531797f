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
            st.executeUpdate("INSERT INTO enterprise (id, origin_site, version, updated_at, deleted, name, credit_code, park)"
                    + " VALUES ('e1', " + travel + ", '甲电子', '91350100M000100Y43', 'LOGISTICS_BASE')");
            for (int i = 1; i <= 3; i++) {
                st.executeUpdate("INSERT INTO worker (id, origin_site, version, updated_at, deleted, resident_id, name, target_group)"
                        + " VALUES ('w" + i + "', " + travel + ", 'W" + i + "', '工" + i + "', 'OTHER')");
            }
            st.executeUpdate("INSERT INTO recruitment_task (id, origin_site, version, updated_at, deleted, task_no, task_type, quota, starts_on,"
                    + " ends_on, responsible_unit) VALUES ('t1', " + travel + ", 'CQ-1', 'BASIC_SOCIAL', 5, '2014-01-01', '2014-12-31', '区人社局')");
            String placement = "INSERT INTO placement (id, origin_site, version, updated_at, deleted, worker_id, enterprise_id, channel, hire_date,"
                    + " task_ref, task_type) VALUES ";
            st.executeUpdate(placement + "('p1', 'OFFICE', 7, '2014-05-01T00:00:00Z', 0, 'w1', 'e1', 'EMERGENCY_SOCIAL', '2014-05-01', 'CQ-2', 'EMERGENCY')");
            st.executeUpdate(placement + "('p2', 'OFFICE', 8, '2014-06-01T00:00:00Z', 0, 'w2', 'e1', 'EMERGENCY_SOCIAL', '2014-06-01', 'CQ-2', 'EMERGENCY')");
            st.executeUpdate(placement + "('p3', 'OFFICE', 9, '2014-07-01T00:00:00Z', 0, 'w3', 'e1', 'BASIC_SOCIAL', '2014-07-01', 'CQ-1', 'EMERGENCY')");
        }
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("8").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT meeting_id FROM meeting_action WHERE id = 'a1'")).as("its words were the meeting's title").isEqualTo("m1");
            assertThat(one(st, "SELECT ifnull(meeting_id, '-') || ' ' || action FROM meeting_action WHERE id = 'a2'"))
                    .as("no such meeting: the words stay with the action").isEqualTo("- 报送总结（会议：年终总结会）");
            assertThat(one(st, "SELECT note FROM school_agreement WHERE id = 'g1'")).isEqualTo("订单班 原登记已安置12人");
            assertThat(one(st, "SELECT note FROM school_agreement WHERE id = 'g2'")).isEmpty();
            assertThat(one(st, "SELECT count(*) FROM pragma_table_info('placement') WHERE name = 'task_type'")).isEqualTo("0");
            assertThat(one(st, "SELECT task_type || ' ' || quota || ' ' || starts_on || '~' || ends_on FROM recruitment_task WHERE task_no = 'CQ-2'"))
                    .as("a number the register did not know becomes its task, of the type its placements gave it").isEqualTo(
                            "EMERGENCY_SOCIAL 2 2014-05-01~2014-06-01");
            assertThat(one(st, "SELECT count(*) FROM recruitment_task")).as("CQ-1 was known: the register's kind stands").isEqualTo("2");
            assertThat(one(st, "SELECT task_type FROM recruitment_task WHERE task_no = 'CQ-1'")).isEqualTo("BASIC_SOCIAL");
            assertThat(one(st, "SELECT length(id) || ' ' || version FROM recruitment_task WHERE task_no = 'CQ-2'")).isEqualTo("36 9");
        }
    }

    private static String one(Statement st, String sql) throws Exception {
        try (ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
