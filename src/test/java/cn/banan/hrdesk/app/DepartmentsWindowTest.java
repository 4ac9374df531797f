package cn.banan.hrdesk.app;

import cn.banan.hrdesk.testing.FxText;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.enterprises.TurnoverRow;
import cn.banan.hrdesk.registers.RegisterRow;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.testing.TestStyle;
import cn.banan.hrdesk.testing.FxWait;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 综合管理部 and 企业服务部 in the real window, on the demo data, each as its own clerk. */
@ExtendWith(ApplicationExtension.class)
class DepartmentsWindowTest {
    @TempDir
    static Path dir;
    Services services;
    FxTaskRunner runner;
    Stage stage;
    Path exported;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        services = TempStore.open(Files.createTempDirectory(dir, "db"));
        services.demoData().fill(Progress.NONE);
        exported = dir.resolve("export-" + System.nanoTime() + ".xlsx");
        runner = new FxTaskRunner();
        stage.setScene(new Scene(new Label(), 1300, 820));
        TestStyle.apply(stage.getScene());
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        services.close();
    }

    void openAs(FxRobot robot, Role role) {
        services.session().signIn(Actor.user("u-" + role, "某" + role, role, null));
        FileDialogs files = new FileDialogs() {
            @Override
            public Optional<Path> open(String title, String extension) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> save(String title, String suggestedName) {
                return Optional.of(exported);
            }

            @Override
            public Optional<Path> folder(String title) {
                return Optional.empty();
            }
        };
        robot.interact(() -> stage.getScene().setRoot(new MainWindow(services, runner, files)));
    }

    @SuppressWarnings("unchecked")
    static TableView<RegisterRow> table(FxRobot robot, String id) {
        return robot.lookup("#" + id + "-table").queryAs(TableView.class);
    }

    static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theOfficeClerkAddsAnOverdueActionThatStandsOutAndSeesPublicityByChannel(FxRobot robot) {
        openAs(robot, Role.GENERAL_CLERK);
        robot.clickOn("#tab-office");
        assertThat(robot.lookup("#actions-table").tryQuery()).as("a register is built when its tab is first chosen").isEmpty();
        robot.clickOn("#office-actions");
        assertThat(robot.lookup("#workfund-balance").queryAs(Label.class).getText()).as("the work fund is the first tab")
                .isEqualTo("已拨入 ¥80,000.00　已拨付 ¥4,900.00　结余 ¥75,100.00");
        FxWait.until(() -> table(robot, "actions").getItems().size() == 6);
        robot.clickOn("#actions-new");
        robot.clickOn("#meeting_id");
        robot.clickOn(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().endsWith("重点企业用工保障推进会")).findFirst().orElseThrow());
        FxText.set(robot, "#action", "走访缺工企业");
        FxText.set(robot, "#owner", "企业服务部");
        robot.clickOn("#due_on").write("2026-11-01").type(KeyCode.TAB);
        robot.clickOn("#actions-save");
        FxWait.until(() -> table(robot, "actions").getItems().size() == 7);
        assertThat(table(robot, "actions").getItems().stream().filter(r -> "走访缺工企业".equals(r.get("action"))).findFirst().orElseThrow()
                .get("meeting_id").toString()).as("linked to the meeting picked").endsWith(" 重点企业用工保障推进会");
        FxWait.until(() -> robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .anyMatch(r -> r.getItem() instanceof RegisterRow row && "走访缺工企业".equals(row.get("action"))
                        && r.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("overdue"))));

        robot.clickOn("#office-publicityChart");
        @SuppressWarnings("unchecked")
        javafx.scene.chart.StackedBarChart<String, Number> chart = robot.lookup("#publicity-chart").queryAs(javafx.scene.chart.StackedBarChart.class);
        FxWait.until(() -> !chart.getData().isEmpty());
        List<String> months = ((javafx.scene.chart.CategoryAxis) chart.getXAxis()).getCategories();
        assertThat(months).as("months in order along the axis").isSortedAccordingTo(String::compareTo).hasSize(12);
        long reach = chart.getData().stream().flatMap(s -> s.getData().stream()).mapToLong(d -> d.getYValue().longValue()).sum();
        assertThat(reach).as("the chart adds up the register")
                .isEqualTo(Long.parseLong(services.database().dsl().fetchValue("SELECT sum(reach) FROM publicity").toString()));

        robot.clickOn("#office-publicity");
        robot.clickOn("#publicity-export");
        FxWait.until(() -> Files.exists(exported) && robot.lookup(".alert .button").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".alert .button").queryAs(Node.class));
    }

    @Test
    void theOfficeClerkEntersANewMemberOfTheLeadingGroupWithHisTermAndSeesWhoCameToMeetings(FxRobot robot) {
        openAs(robot, Role.GENERAL_CLERK);
        robot.clickOn("#tab-office");
        robot.clickOn("#office-group");
        // the demo's group: 组长, 3 副组长 terms (one replaced), 主任, 4 副主任, 7 member units
        FxWait.until(() -> table(robot, "leadingGroup").getItems().size() == 16);
        robot.clickOn("#leadingGroup-new");
        robot.clickOn("#position");
        robot.clickOn(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> "办公室副主任".equals(c.getText())).findFirst().orElseThrow());
        FxText.set(robot, "#unit", "区统计局");
        FxText.set(robot, "#name", "副局长");
        robot.clickOn("#serves_from").write("2026-12-01").type(KeyCode.TAB);
        robot.clickOn("#serves_to").write("2026-11-30").type(KeyCode.TAB);
        robot.clickOn("#leadingGroup-save");
        FxWait.until(() -> shown(robot, "#serves_to-error"));
        assertThat(robot.lookup("#serves_to-error").queryAs(Label.class).getText()).contains("早于");
        robot.interact(() -> robot.lookup("#serves_to").queryAs(javafx.scene.control.DatePicker.class).getEditor().clear());
        robot.interact(() -> robot.lookup("#serves_to").queryAs(javafx.scene.control.DatePicker.class).setValue(null));
        robot.clickOn("#leadingGroup-save");
        FxWait.until(() -> table(robot, "leadingGroup").getItems().size() == 17);
        assertThat(table(robot, "leadingGroup").getItems().get(0).get("unit")).as("newest term first").isEqualTo("区统计局");

        robot.clickOn("#office-attendance");
        FxWait.until(() -> !table(robot, "attendance").getItems().isEmpty());
        assertThat(table(robot, "attendance").getItems()).anySatisfy(r -> assertThat(r.get("presence").toString()).isEqualTo("REPRESENTED"));
    }

    @SuppressWarnings("unchecked")
    static TableView<cn.banan.hrdesk.office.Disbursement> requests(FxRobot robot) {
        return robot.lookup("#workfund-requests").queryAs(TableView.class);
    }

    /** Selects the request {@code no} and presses {@code button}. */
    static void onRequest(FxRobot robot, String no, String button) {
        FxWait.until(() -> requests(robot).getItems().stream().anyMatch(d -> d.requestNo().equals(no)));
        robot.interact(() -> requests(robot).getSelectionModel().select(requests(robot).getItems().stream()
                .filter(d -> d.requestNo().equals(no)).findFirst().orElseThrow()));
        robot.clickOn(button);
    }

    @Test
    void theWorkFundGoesFromRequestThroughApprovalToPaymentEachByItsRole(FxRobot robot) {
        openAs(robot, Role.GENERAL_CLERK);
        robot.clickOn("#tab-office");
        robot.clickOn("#office-workfund");
        FxWait.until(() -> table(robot, "expenditures").getItems().size() == 6);
        assertThat(shown(robot, "#workfund-approve")).as("the clerk does not approve").isFalse();
        robot.interact(() -> table(robot, "expenditures").getSelectionModel().select(table(robot, "expenditures").getItems().stream()
                .filter(r -> "ZC-2026-6".equals(r.get("voucher_no"))).findFirst().orElseThrow()));
        robot.clickOn("#workfund-request");
        FxWait.until(() -> requests(robot).getItems().size() == 4);

        openAs(robot, Role.FINANCE_APPROVER);
        robot.clickOn("#tab-office");
        robot.clickOn("#office-workfund");
        onRequest(robot, "JF-2026-004", "#workfund-approve");
        FxWait.until(() -> requests(robot).getItems().stream().anyMatch(d -> d.requestNo().equals("JF-2026-004")
                && d.state() == cn.banan.hrdesk.office.RequestState.APPROVED));

        openAs(robot, Role.PAYER);
        robot.clickOn("#tab-office");
        robot.clickOn("#office-workfund");
        onRequest(robot, "JF-2026-004", "#workfund-disburse");
        FxWait.until(() -> robot.lookup("#workfund-balance").queryAs(Label.class).getText().equals("已拨入 ¥80,000.00　已拨付 ¥13,200.00　结余 ¥66,800.00"));
        assertThat(requests(robot).getItems()).filteredOn(d -> d.requestNo().equals("JF-2026-004")).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(cn.banan.hrdesk.office.RequestState.DISBURSED));
        assertThat(services.ledger().verify().holds()).isTrue();
    }

    @Test
    void theEnterpriseClerkIsToldOfAnUnknownEnterpriseAndSeesHighTurnover(FxRobot robot) {
        openAs(robot, Role.ENTERPRISE_CLERK);
        robot.clickOn("#tab-services");
        robot.clickOn("#services-requests");
        FxWait.until(() -> table(robot, "requests").getItems().size() == 6);
        robot.clickOn("#requests-new");
        robot.clickOn("#enterprise_id").write("91350100M000100Y43");
        FxText.set(robot, "#matter", "新建员工宿舍");
        FxText.set(robot, "#unit", "区住房城乡建委");
        robot.clickOn("#raised_on").write("2026-11-20").type(KeyCode.TAB);
        robot.clickOn("#due_on").write("2026-12-20").type(KeyCode.TAB);
        robot.interact(() -> robot.lookup("#status").queryAs(javafx.scene.control.ComboBox.class).getSelectionModel().select(0));
        robot.clickOn("#requests-save");
        FxWait.until(() -> shown(robot, "#enterprise_id-error"));
        assertThat(robot.lookup("#enterprise_id-error").queryAs(Label.class).getText()).startsWith("未登记的企业");
        String known = (String) services.database().dsl().fetchValue("SELECT credit_code FROM enterprise LIMIT 1");
        robot.doubleClickOn("#enterprise_id").eraseText(18).write(known);
        robot.clickOn("#requests-save");
        FxWait.until(() -> table(robot, "requests").getItems().size() == 7);

        robot.clickOn("#services-turnover");
        @SuppressWarnings("unchecked")
        TableView<TurnoverRow> high = robot.lookup("#turnover-table").queryAs(TableView.class);
        FxWait.until(() -> !high.getItems().isEmpty());
        assertThat(high.getItems()).allMatch(r -> r.turnoverPercent() >= 10);
        robot.interact(() -> robot.lookup("#turnover-threshold").queryAs(Spinner.class).getValueFactory().setValue(100));
        FxWait.until(() -> high.getItems().stream().allMatch(r -> r.turnoverPercent() >= 100));
        @SuppressWarnings("unchecked")
        javafx.scene.chart.BarChart<String, Number> chart = robot.lookup("#turnover-chart").queryAs(javafx.scene.chart.BarChart.class);
        assertThat(chart.getData()).hasSize(2).allMatch(s -> s.getData().size() == 6);
        assertThat(chart.getData().get(0).getData()).extracting(XYChart.Data::getXValue).startsWith("2024-03");
    }
}
