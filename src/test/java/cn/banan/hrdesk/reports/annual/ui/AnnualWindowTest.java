package cn.banan.hrdesk.reports.annual.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.MainWindow;
import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.testing.FxWait;
import cn.banan.hrdesk.testing.ScriptedFileDialogs;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TestStyle;
import cn.banan.hrdesk.testing.TwoFundClaim;
import cn.banan.hrdesk.ui.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** 年度统计 as an auditor reads it: this year first, an earlier year chosen, its tables and charts, and the workbook written. */
@ExtendWith(ApplicationExtension.class)
class AnnualWindowTest {
    @TempDir
    Path dir;
    Services services;
    FxTaskRunner runner;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        runner = new FxTaskRunner();
        services = TempStore.open(Files.createDirectories(dir.resolve("db")));
        new TwoFundClaim(services);
        services.session().signIn(Actor.user("u-aud", "审计员", Role.AUDITOR, null));
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        runner.close();
        services.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEarlierYearIsChosenShownWithChartsAndWrittenToExcel(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        TestStyle.show(stage, () -> new MainWindow(services, runner, new ScriptedFileDialogs(() -> null, out, null)));
        robot.clickOn("#tab-annual");
        ComboBox<Integer> year = robot.lookup("#annual-year").queryAs(ComboBox.class);
        FxWait.until(() -> year.getValue() != null && robot.lookup("#annual-1-table").tryQuery().isPresent());
        assertThat(year.getItems()).as("this year first, though it has nothing yet; then the claim's").containsExactly(2026, 2014);
        assertThat(year.getValue()).isEqualTo(2026);
        assertThat(robot.lookup("#annual-1-chart").tryQuery()).as("nothing to draw").isEmpty();

        robot.interact(() -> year.getSelectionModel().select(Integer.valueOf(2014)));
        FxWait.until(() -> robot.lookup("#annual-1-chart").tryQuery().isPresent());
        TableView<List<Object>> byRule = robot.lookup("#annual-1-table").queryAs(TableView.class);
        assertThat(byRule.getItems()).hasSize(2);
        assertThat(byRule.getColumns().get(4).getCellData(0)).isEqualTo("1,800.00");
        BarChart<Number, String> chart = robot.lookup("#annual-1-chart").queryAs(BarChart.class);
        assertThat(chart.getData()).extracting(s -> s.getName()).containsExactly("核定金额（元）", "已发放（元）");
        // a pane's content joins the scene when its skin is made, which may be a pulse after the first pane's
        FxWait.until(() -> robot.lookup("#annual-11-table").tryQuery().isPresent());
        assertThat(robot.lookup("#annual-12-table").tryQuery()).as("eleven tables, the R1 list last").isEmpty();

        robot.clickOn("#annual-export");
        FxWait.until(() -> robot.lookup(".alert .button").match(LabeledMatchers.hasText("否")).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".alert .button").match(LabeledMatchers.hasText("否")).queryAs(Node.class));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve("2014年度统计.xlsx").toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(11);
            assertThat(wb.getSheetAt(0).getRow(2).getCell(4).getNumericCellValue()).isEqualTo(1800.0);
        }
    }
}
