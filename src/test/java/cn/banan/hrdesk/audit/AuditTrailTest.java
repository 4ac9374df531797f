package cn.banan.hrdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.store.AuditedRows;
import cn.banan.hrdesk.store.WriteAuthor;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every write leaves an entry naming who, where and what; a write past the program is refused, or named by the check. */
class AuditTrailTest {
    static final String CODE = "91350100M000100Y43";
    @TempDir
    Path dir;
    Services services;

    @BeforeEach
    void open() {
        services = TempStore.open(dir);
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void everyWriteOfTheDemoYearLeavesAnEntryWhoseImageIsTheRowAsItStands() throws Exception {
        services.demoData().fill(Progress.NONE);
        AuditCheck check = services.audit().verify();
        assertThat(check.rows()).as("no row without an entry for its last write").isEmpty();
        assertThat(check.problem()).isEqualTo(AuditCheck.Problem.NONE);
        assertThat(check.entries()).isGreaterThan(1000);
        List<AuditEntry> all = services.audit().page(AuditFilter.ALL, 0, 100_000).rows();
        assertThat(all).filteredOn(e -> e.op() == AuditEntry.Op.BASELINE).as("only what the migrations seeded, and the site's own setting")
                .extracting(AuditEntry::table).containsOnly("policy_parameter", "workflow_step_role", "local_setting");
        assertThat(all).extracting(AuditEntry::table).contains("enterprise", "worker", "placement", "claim", "claim_line", "claim_event",
                "ledger_entry", "app_user", "local_setting", "payment_notice", "staff_member", "meeting");
        assertThat(all).filteredOn(e -> e.source() == WriteAuthor.Source.COMMAND_LINE).isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.userName()).isEqualTo("测试");
                    assertThat(e.osUser()).isEqualTo(System.getProperty("user.name"));
                    assertThat(e.site()).isEqualTo("OFFICE");
                });
        assertThat(all).filteredOn(e -> e.table().equals("app_user")).allSatisfy(e ->
                assertThat(e.after()).as("a password hash never shows").doesNotContain("pbkdf2").contains("sha256:"));
    }

    @Test
    void aUserIsNamedWithRoleAndTheHistoryReadsFieldByField() {
        String id = services.enterprises().save(form(null, "甲电子有限公司", "渝北区一号"));
        services.session().signIn(Actor.user("u-7", "王小红", Role.GENERAL_CLERK, null));
        services.enterprises().save(form(id, "甲电子有限公司", "渝北区二号"));
        List<AuditEntry> history = services.audit().history("enterprise", id);
        assertThat(history).extracting(AuditEntry::op).startsWith(AuditEntry.Op.INSERT).contains(AuditEntry.Op.UPDATE);
        assertThat(history).extracting(AuditEntry::table).as("the enterprise's tier belongs to its history").contains("enterprise_tier");
        AuditEntry last = history.stream().filter(e -> e.table().equals("enterprise")).reduce((a, b) -> b).orElseThrow();
        assertThat(last.userName()).isEqualTo("王小红");
        assertThat(last.role()).isEqualTo("GENERAL_CLERK");
        assertThat(last.source()).isEqualTo(WriteAuthor.Source.WINDOW);
        assertThat(FieldChange.between(last.before(), last.after())).containsExactly(new FieldChange("address", "渝北区一号", "渝北区二号"));
        assertThat(services.audit().verify().holds()).isTrue();
    }

    @Test
    void anImportIsOneEntryWithItsFileAndCountsBesideTheEntriesOfItsRows() throws Exception {
        Path file = cn.banan.hrdesk.testing.Workbooks.write(dir.resolve("新企业.xlsx"),
                new String[] {"企业名称", "统一社会信用代码", "所在园区", "企业层级", "层级生效日期"},
                new String[] {"新企业甲有限公司", "91500113MA5U12346T", "区经济园区", "区内重点企业", "2015-01-01"},
                new String[] {"新企业乙有限公司", "1210000040000000XM", "不在园区", "区内重点企业", "2015-01-01"},
                new String[] {"新企业丙有限公司", CODE, "不在园区", "区内重点企业", "2015-01-01"});
        var report = services.enterpriseImport().run(file, cn.banan.hrdesk.xlsx.ImportMode.GOOD_ROWS_ONLY, null, Progress.NONE);
        assertThat(report.imported()).isEqualTo(2);
        List<AuditEntry> imports = services.audit().page(new AuditFilter(null, null, "enterprise", null, null), 0, 100).rows().stream()
                .filter(e -> e.op() == AuditEntry.Op.IMPORT).toList();
        assertThat(imports).singleElement().satisfies(e -> {
            assertThat(e.rowId()).isEqualTo("新企业.xlsx");
            assertThat(FieldChange.between(null, e.after())).containsExactly(new FieldChange("file", null, "新企业.xlsx"),
                    new FieldChange("rows_read", null, "3"), new FieldChange("imported", null, "2"), new FieldChange("refused", null, "1"));
        });
        assertThat(services.audit().page(new AuditFilter(null, null, "enterprise", null, null), 0, 100).rows())
                .filteredOn(e -> e.op() == AuditEntry.Op.INSERT).hasSize(2);

        Path allBad = cn.banan.hrdesk.testing.Workbooks.write(dir.resolve("全错.xlsx"),
                new String[] {"企业名称", "统一社会信用代码", "所在园区", "企业层级", "层级生效日期"},
                new String[] {"新企业乙有限公司", "1210000040000000XM", "不在园区", "区内重点企业", "2015-01-01"});
        services.enterpriseImport().run(allBad, cn.banan.hrdesk.xlsx.ImportMode.ALL_OR_NOTHING, null, Progress.NONE);
        assertThat(services.audit().page(new AuditFilter("全错", null, null, null, null), 0, 10).rows())
                .as("an import rolled back leaves no entry").isEmpty();
    }

    @Test
    void anotherToolCannotWriteAnAuditedTable() throws Exception {
        String id = services.enterprises().save(form(null, "甲电子有限公司", "渝北区一号"));
        services.close();
        services = null;
        try (Connection c = raw()) {
            Throwable t = catchThrowable(() -> c.createStatement().executeUpdate("UPDATE enterprise SET address = '别处' WHERE id = '" + id + "'"));
            assertThat(t).isInstanceOf(SQLException.class).hasMessageContaining("audit_");
        }
        services = TempStore.open(dir);
        assertThat(services.enterprises().find(id).orElseThrow().address()).isEqualTo("渝北区一号");
        assertThat(services.audit().verify().holds()).isTrue();
    }

    @Test
    void anEditPastDroppedTriggersIsNamedByTableRowAndField() throws Exception {
        String id = services.enterprises().save(form(null, "甲电子有限公司", "渝北区一号"));
        String gone = services.enterprises().save(new EnterpriseForm(null, "乙物流有限公司", "91500113MA5U12346T", Park.LOGISTICS_BASE,
                "", "", "", Tier.T2_IT_SUPPORT, LocalDate.of(2014, 1, 1)));
        long baselined = baselines();
        services.close();
        services = null;
        try (Connection c = raw(); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER enterprise_audit_update");
            st.execute("DROP TRIGGER enterprise_audit_delete");
            st.execute("DROP TRIGGER enterprise_tier_audit_delete");
            st.executeUpdate("UPDATE enterprise SET address = '别处' WHERE id = '" + id + "'");
            st.executeUpdate("DELETE FROM enterprise_tier WHERE enterprise_id = '" + gone + "'");
            st.executeUpdate("DELETE FROM enterprise WHERE id = '" + gone + "'");
        }
        services = TempStore.open(dir);
        AuditCheck check = services.audit().verify();
        assertThat(check.problem()).isEqualTo(AuditCheck.Problem.ROWS_DIFFER);
        assertThat(check.rows()).contains(new AuditedRows.Difference("enterprise", id, AuditedRows.Kind.CHANGED, List.of("address")),
                new AuditedRows.Difference("enterprise", gone, AuditedRows.Kind.REMOVED, List.of()));
        assertThat(baselines()).as("the triggers made again, the rows are not taken as a new baseline").isEqualTo(baselined);
    }

    @Test
    void aRewrittenEntryIsNamedWhereTheChainBreaks() throws Exception {
        services.enterprises().save(form(null, "甲电子有限公司", "渝北区一号"));
        services.close();
        services = null;
        try (Connection c = raw(); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_entry_no_update");
            st.executeUpdate("UPDATE audit_entry SET user_name = '别人' WHERE seq = 2");
        }
        services = TempStore.open(dir);
        AuditCheck check = services.audit().verify();
        assertThat(check.problem()).isEqualTo(AuditCheck.Problem.ENTRY_CHANGED);
        assertThat(check.site()).isEqualTo("OFFICE");
        assertThat(check.seq()).isEqualTo(2);
    }

    private long baselines() {
        return services.audit().page(AuditFilter.ALL, 0, 1000).rows().stream().filter(e -> e.op() == AuditEntry.Op.BASELINE).count();
    }

    private Connection raw() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("hrdesk.db"));
    }

    private static EnterpriseForm form(String id, String name, String address) {
        return new EnterpriseForm(id, name, CODE, Park.ECONOMIC_PARK, address, "", "", Tier.T1_ELECTRONICS, LocalDate.of(2014, 1, 1));
    }
}
