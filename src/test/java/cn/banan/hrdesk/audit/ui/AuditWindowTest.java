package cn.banan.hrdesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.MainWindow;
import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.audit.AuditEntry;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.registry.EnterpriseRow;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.testing.FxWait;
import cn.banan.hrdesk.testing.ScriptedFileDialogs;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TestStyle;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.FxTaskRunner;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * The 操作日志 tab as 区审计局 sees it, a record's 修改记录 as a clerk opens it from the form, and a park's clerk bounded
 * by the park.
 */
@ExtendWith(ApplicationExtension.class)
class AuditWindowTest {
    @TempDir
    static Path dir;
    Services services;
    FxTaskRunner runner;
    Stage stage;
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = Files.createTempDirectory(dir, "db");
        services = TempStore.open(folder);
        services.demoData().fill(Progress.NONE);
        runner = new FxTaskRunner();
    }

    void show(Actor who) {
        services.session().signIn(who);
        FileDialogs files = new ScriptedFileDialogs(() -> null, folder, null);
        TestStyle.show(stage, () -> new MainWindow(services, runner, files));
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        runner.close();
        services.close();
    }

    @Test
    void theAuditorFiltersTheTrailChecksItAndExportsWhatTheFilterShows(FxRobot robot) throws Exception {
        show(Actor.user("u-audit", "审计员甲", Role.AUDITOR, null));
        robot.clickOn("#tab-audit");
        TableView<AuditEntry> entries = entries(robot);
        FxWait.until(() -> !entries.getItems().isEmpty());
        robot.clickOn("#audit-table");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("企业名录")).queryAs(Node.class));
        FxWait.until(() -> !entries.getItems().isEmpty() && entries.getItems().stream().allMatch(e -> e.table().equals("enterprise")));
        robot.clickOn("#audit-user").write("测试");
        robot.clickOn("#audit-search");
        Label summary = robot.lookup("#audit-summary").queryAs(Label.class);
        FxWait.until(() -> summary.getText().matches("第 1 / 1 页，共 6\\d 条"));
        assertThat(entries.getItems()).as("the demo's 60 enterprises, made on the command line").allMatch(e -> e.userName().equals("测试"));

        robot.clickOn("#audit-verify");
        Label verdict = robot.lookup("#audit-verdict").queryAs(Label.class);
        FxWait.until(() -> !verdict.getText().isEmpty());
        assertThat(verdict.getText()).startsWith("操作日志完好");

        robot.clickOn("#audit-export");
        Path file = folder.resolve("操作日志.xlsx");
        FxWait.until(() -> Files.exists(file) && robot.lookup(".dialog-pane").tryQuery().isPresent());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            int header = -1;
            for (Row r : sheet) {
                if ("时间".equals(f.formatCellValue(r.getCell(0)))) {
                    header = r.getRowNum();
                }
            }
            assertThat(header).as("a header row").isNotNegative();
            Row first = sheet.getRow(header + 1);
            assertThat(f.formatCellValue(first.getCell(4))).isEqualTo("企业名录");
            assertThat(f.formatCellValue(first.getCell(3))).contains("测试");
            assertThat(sheet.getLastRowNum() - header).isEqualTo(Integer.parseInt(summary.getText().replaceAll(".*共 (\\d+) 条.*", "$1")));
        }
    }

    @Test
    void aClerkSeesNoTrailButReadsARecordsChangesFromItsForm(FxRobot robot) {
        show(Actor.user("u-clerk", "王小红", Role.GENERAL_CLERK, null));
        assertThat(robot.lookup("#tab-audit").tryQuery()).isEmpty();
        @SuppressWarnings("unchecked")
        TableView<EnterpriseRow> table = robot.lookup("#enterprise-table").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().size() == 60);
        String name = table.getItems().get(0).name();
        robot.clickOn(name);
        robot.clickOn("#enterprise-edit");
        TextField address = robot.lookup("#address").queryAs(TextField.class);
        robot.clickOn(address).eraseText(address.getText().length()).write("界石镇新址 8 号");
        robot.clickOn("#enterprise-save");
        FxWait.until(() -> robot.lookup("#enterprise-save").tryQuery().isEmpty());

        robot.clickOn(name);
        robot.clickOn("#enterprise-edit");
        robot.clickOn("#enterprise-history");
        FxWait.until(() -> robot.lookup("#history-entries").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> history = robot.lookup("#history-entries").queryAs(TableView.class);
        AuditEntry last = history.getItems().stream().filter(e -> e.table().equals("enterprise")).reduce((a, b) -> b).orElseThrow();
        assertThat(last.userName()).isEqualTo("王小红");
        assertThat(robot.lookup("王小红（综合管理部经办人）").tryQuery()).as("who, in words").isPresent();
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("地址：") && l.getText().endsWith("→ 界石镇新址 8 号")).tryQuery()).isPresent();
    }

    @Test
    void aParkClerkSeesTheParksEnterprisesAndClaimsOnly(FxRobot robot) {
        var office = services.claims().list();
        show(Actor.user("u-park", "经开区经办人", Role.PARK_CLERK, cn.banan.hrdesk.core.Park.ECONOMIC_PARK));
        @SuppressWarnings("unchecked")
        TableView<EnterpriseRow> table = robot.lookup("#enterprise-table").queryAs(TableView.class);
        FxWait.until(() -> !table.getItems().isEmpty());
        assertThat(table.getItems()).as("the demo's economic-park enterprises, no other")
                .allMatch(r -> r.park() == cn.banan.hrdesk.core.Park.ECONOMIC_PARK).hasSizeLessThan(60);
        robot.clickOn("#tab-claims");
        @SuppressWarnings("unchecked")
        TableView<cn.banan.hrdesk.claims.ClaimSummary> claims = robot.lookup("#claims-table").queryAs(TableView.class);
        FxWait.until(() -> !claims.getItems().isEmpty());
        var mine = services.claims().list();
        assertThat(mine).as("fewer than the office sees").hasSizeLessThan(office.size());
        assertThat(claims.getItems()).extracting(cn.banan.hrdesk.claims.ClaimSummary::id)
                .containsExactlyInAnyOrderElementsOf(mine.stream().map(cn.banan.hrdesk.claims.ClaimSummary::id).toList());
    }

    @Test
    void aClaimsHistoryShowsItsStepsBesideItsOwnWrites(FxRobot robot) {
        show(Actor.user("u-review", "复核员", Role.REVIEWER, null));
        robot.clickOn("#tab-claims");
        @SuppressWarnings("unchecked")
        TableView<cn.banan.hrdesk.claims.ClaimSummary> claims = robot.lookup("#claims-table").queryAs(TableView.class);
        FxWait.until(() -> !claims.getItems().isEmpty());
        var walked = claims.getItems().stream().filter(c -> c.status() != cn.banan.hrdesk.claims.ClaimStatus.INTAKE).findFirst()
                .orElseThrow(() -> new AssertionError("the demo walks some claims along the workflow"));
        robot.clickOn(walked.claimNo());
        FxWait.until(() -> robot.lookup("#claim-title").queryAs(Label.class).getText().contains(walked.claimNo()));
        robot.clickOn("#claim-history");
        FxWait.until(() -> robot.lookup("#history-entries").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> history = robot.lookup("#history-entries").queryAs(TableView.class);
        assertThat(history.getItems()).extracting(AuditEntry::table).as("the claim, its lines and its steps")
                .contains("claim", "claim_line", "claim_event");
        assertThat(history.getItems()).filteredOn(e -> e.table().equals("claim_event"))
                .as("each step recorded as whoever did it").allMatch(e -> e.userName() != null && !e.userName().isBlank());
        assertThat(robot.lookup("审批步骤").tryQuery()).as("the table in words").isPresent();
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("申报主体：" + walked.claimantName())).tryQuery())
                .as("the claimant by its name, its kind in words, not their ids").isPresent();
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().matches(".*用工记录：[^；]+ · [^；]+；.*")).tryQuery()).as("a line's hire as worker · enterprise").isPresent();
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && (l.getText().matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*") || l.getText().contains("ENTERPRISE"))).tryQuery())
                .as("no id or code where a name belongs").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static TableView<AuditEntry> entries(FxRobot robot) {
        return robot.lookup("#audit-entries").queryAs(TableView.class);
    }
}
