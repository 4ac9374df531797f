package cn.banan.hrdesk.app;

import cn.banan.hrdesk.testing.FxText;

import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.registry.EnterpriseRow;
import cn.banan.hrdesk.testing.ScriptedFileDialogs;
import cn.banan.hrdesk.testing.TestStyle;
import cn.banan.hrdesk.testing.FxWait;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.FxTaskRunner;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** The registry through the real window (headless Monocle), on a real database with the demo data. */
@ExtendWith(ApplicationExtension.class)
class RegistryWindowTest {
    @TempDir
    static Path dir;
    Services services;
    FxTaskRunner runner;
    Path fileToOpen;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(dir, "db");
        services = TempStore.open(folder);
        services.demoData().fill(Progress.NONE);
        runner = new FxTaskRunner();
        FileDialogs files = new ScriptedFileDialogs(() -> fileToOpen, folder, null);
        Scene scene = new Scene(new MainWindow(services, runner, files), 1300, 820);
        TestStyle.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        runner.close();
        services.close();
    }

    @Test
    void aBadCreditCodeIsShownAtTheFieldAndTheCorrectedEnterpriseIsFound(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 60);
        robot.clickOn("#enterprise-new");
        FxText.set(robot, "#name", "界石示例测试有限公司");
        robot.clickOn("#creditCode").write("91350100M000100Y44");
        Label error = robot.lookup("#creditCode-error").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertThat(error.getText()).isEqualTo("统一社会信用代码校验位错误");
        choose(robot, "#park", "不在园区");
        choose(robot, "#tier", "区内重点企业");
        TextField code = robot.lookup("#creditCode").queryAs(TextField.class);
        robot.doubleClickOn(code).eraseText(18).write("91350100M000100Y43");
        waitUntil(() -> !error.isVisible());
        robot.clickOn("#enterprise-save");
        waitUntil(() -> robot.lookup("#enterprise-save").tryQuery().isEmpty());
        robot.clickOn("#enterprise-search").write("测试");
        waitUntil(() -> table(robot).getItems().size() == 1);
        EnterpriseRow row = table(robot).getItems().get(0);
        assertThat(row.name()).isEqualTo("界石示例测试有限公司");
        assertThat(row.creditCode()).isEqualTo("91350100M000100Y43");
        assertThat(robot.lookup("界石示例测试有限公司").tryQuery()).isPresent();
    }

    /** The people and the agencies are built and read the first time their tab is chosen, and read again each time after. */
    @Test
    void theOtherListsAreReadWhenTheirTabIsChosen(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 60);
        assertThat(robot.lookup("#worker-table").tryQuery()).isEmpty();
        robot.clickOn("#registry-workers");
        waitUntil(() -> robot.lookup("#worker-table").tryQuery().map(t -> ((TableView<?>) t).getItems().size() == 100).orElse(false));
        robot.clickOn("#registry-intermediaries");
        waitUntil(() -> robot.lookup("#intermediary-table").tryQuery().map(t -> ((TableView<?>) t).getItems().size() == 20).orElse(false));
    }

    /** An enterprise's form opens on its tier history; its other details are built when their tab is chosen. */
    @Test
    void anEnterprisesDetailsAreBuiltWhenTheirTabIsChosen(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 60);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#enterprise-edit");
        waitUntil(() -> robot.lookup("#tiers-table").tryQuery().isPresent());
        assertThat(robot.lookup("#contacts-table").tryQuery()).isEmpty();
        robot.clickOn("#details-contacts");
        waitUntil(() -> robot.lookup("#contacts-table").tryQuery().isPresent());
        robot.clickOn("#details-account");
        waitUntil(() -> robot.lookup("#account-save").tryQuery().isPresent());
    }

    @Test
    void filteringByTierShowsOnlyThatTier(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 60);
        choose(robot, "#enterprise-tierFilter", "市级“6+2”重点电子企业");
        waitUntil(() -> table(robot).getItems().size() == 15);
        assertThat(table(robot).getItems()).allMatch(r -> r.tier() == cn.banan.hrdesk.core.Tier.T1_ELECTRONICS);
        Label summary = robot.lookup("#enterprise-pager-summary").queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo("第 1 / 1 页，共 15 条");
    }

    @Test
    void importingAFileWithOneBadRowImportsNothingAndNamesTheRow(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 60);
        fileToOpen = dir.resolve("one-bad-row.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(fileToOpen)) {
            var sheet = wb.createSheet();
            String[][] rows = {
                {"企业名称", "统一社会信用代码", "所在园区", "企业层级", "层级生效日期"},
                {"新企业甲有限公司", "91500113MA5U12346T", "区经济园区", "区内重点企业", "2015-01-01"},
                {"新企业乙有限公司", "1210000040000000XM", "不在园区", "区内重点企业", "2015-01-01"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        robot.clickOn("#enterprise-import");
        waitUntil(() -> robot.lookup("#import-summary").tryQuery().isPresent());
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).contains("未导入任何数据");
        TableView<?> problems = robot.lookup("#import-problems").queryAs(TableView.class);
        assertThat(problems.getItems()).singleElement().asString().contains("row=3", "column=B", "统一社会信用代码校验位错误");
        assertThat(services.database().dsl().fetchCount(ENTERPRISE)).isEqualTo(60);
        robot.clickOn("关闭");
    }

    /** Opens a drop-down and clicks the entry in its popup (the same words may stand in the table behind). */
    private static void choose(FxRobot robot, String boxId, String entry) {
        robot.clickOn(boxId);
        Node shown = robot.lookup(boxId).queryAs(Node.class);
        if (shown instanceof javafx.scene.control.ChoiceBox) {
            robot.clickOn(robot.lookup(".context-menu .menu-item").match(item -> item.lookup(".label") instanceof Label l
                    && l.getText().equals(entry)).queryAs(Node.class));
        } else {
            robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(entry)).queryAs(Node.class));
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<EnterpriseRow> table(FxRobot robot) {
        return robot.lookup("#enterprise-table").queryAs(TableView.class);
    }

    private static void waitUntil(BooleanSupplier condition) {
        FxWait.until(condition);
    }
}
