package cn.banan.hrdesk.app;

import cn.banan.hrdesk.testing.FxText;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.workflow.Objection;
import cn.banan.hrdesk.claims.workflow.ObjectionOutcome;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.testing.FxWait;
import cn.banan.hrdesk.testing.ScriptedFileDialogs;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TestStyle;
import cn.banan.hrdesk.testing.TwoFundClaim;
import cn.banan.hrdesk.ui.Choice;
import cn.banan.hrdesk.ui.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * 公示异议 in the real window: 综合管理部 writes down an objection to one person of a claim on its 公示 (a missing field
 * named at the field), the reviewer settles it, and the notice's objections are exported for filing.
 */
@ExtendWith(ApplicationExtension.class)
class ObjectionsWindowTest {
    @TempDir
    static Path dir;
    Services services;
    FxTaskRunner runner;
    Stage stage;
    TwoFundClaim claim;
    Path saved;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        services = TempStore.open(Files.createTempDirectory(dir, "db"));
        claim = new TwoFundClaim(services);
        claim.approve(services, FundingSource.DISTRICT_FUND);
        services.session().signIn(TwoFundClaim.GENERAL);
        saved = Files.createTempDirectory(dir, "saved");
        services.notices().publish(List.of(claim.claimId), LocalDate.of(2026, 11, 25), 7, saved.resolve("公示.xlsx"));
        runner = new FxTaskRunner();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        services.close();
    }

    /** The main window as {@code who} sees it, on the claim's page, with its 公示异议 dialog open. */
    void openObjections(FxRobot robot, Actor who) {
        services.session().signIn(who);
        TestStyle.show(stage, () -> new MainWindow(services, runner, new ScriptedFileDialogs(() -> null, saved, null)));
        robot.clickOn("#tab-claims");
        FxWait.until(() -> robot.lookup(claim.claimNo).tryQuery().isPresent());
        robot.clickOn(claim.claimNo);
        FxWait.until(() -> robot.lookup("#claim-lines").queryAs(TableView.class).getItems().size() == 2);
        robot.clickOn("#claim-objections");
        FxWait.until(() -> robot.lookup("#objection-list").tryQuery().isPresent()
                && robot.lookup(".dialog-pane Label").match(n -> ((Label) n).getText().startsWith("最近一次公示")).tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    static TableView<Objection> list(FxRobot robot) {
        return robot.lookup("#objection-list").queryAs(TableView.class);
    }

    static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aClerkRecordsAnObjectionTheReviewerSettlesItAndTheNoticesObjectionsAreExported(FxRobot robot) throws Exception {
        openObjections(robot, TwoFundClaim.GENERAL);
        assertThat(shown(robot, "#objection-settle")).as("settling is the reviewer's").isFalse();
        robot.clickOn("#objection-record");
        FxWait.until(() -> robot.lookup("#objection-line").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Choice<ClaimLine>> line = robot.lookup("#objection-line").queryAs(ComboBox.class);
        robot.interact(() -> line.getSelectionModel().select(line.getItems().stream()
                .filter(c -> c.value().workerName().equals("操作工乙")).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#objection-content").queryAs(TextArea.class).setText("反映操作工乙已离职"));
        robot.clickOn("#objection-save");
        FxWait.until(() -> shown(robot, "#raisedBy-error"));
        assertThat(robot.lookup("#raisedBy-error").queryAs(Label.class).getText()).isNotBlank();
        assertThat(services.objections().ofClaim(claim.claimId)).as("nothing stored from a form with a problem").isEmpty();
        FxText.set(robot, "#objection-raisedBy", "群众来信");
        robot.clickOn("#objection-save");
        FxWait.until(() -> list(robot).getItems().size() == 1);
        assertThat(list(robot).getItems().get(0).workerName()).isEqualTo("操作工乙");
        assertThat(list(robot).getItems().get(0).recordedBy()).isEqualTo("综合管理员");
        assertThat(robot.lookup("#objection-list").lookup(".table-cell").match(n -> "待处理".equals(((javafx.scene.control.Labeled) n).getText())).tryQuery())
                .isPresent();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("关闭")).queryAs(Node.class));

        openObjections(robot, TwoFundClaim.REVIEWER);
        assertThat(shown(robot, "#objection-record")).as("recording is the clerks'").isFalse();
        robot.interact(() -> list(robot).getSelectionModel().select(0));
        robot.clickOn("#objection-settle");
        FxWait.until(() -> robot.lookup("#objection-outcome").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Choice<ObjectionOutcome>> outcome = robot.lookup("#objection-outcome").queryAs(ComboBox.class);
        robot.interact(() -> outcome.getSelectionModel().select(1));
        FxText.set(robot, "#objection-reason", "经核社保记录，仍在岗");
        robot.clickOn("#objection-settleSave");
        FxWait.until(() -> !list(robot).getItems().isEmpty() && !list(robot).getItems().get(0).isOpen());
        assertThat(list(robot).getItems().get(0).outcome()).isEqualTo(ObjectionOutcome.DISMISSED);
        assertThat(robot.lookup("#objection-settle").query().isDisabled()).as("settled once").isTrue();

        robot.clickOn("#objection-export");
        Path file = saved.resolve("公示异议处理表-" + services.objections().lastNotice(claim.claimId).orElseThrow().noticeNo() + ".xlsx");
        FxWait.until(() -> Files.exists(file) && robot.lookup(".alert .button").tryQuery().isPresent());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheetAt(0).getRow(3).getCell(7).getStringCellValue()).isEqualTo("异议不成立，照常发放");
            assertThat(wb.getSheetAt(0).getRow(3).getCell(8).getStringCellValue()).isEqualTo("经核社保记录，仍在岗");
        }
        robot.clickOn(robot.lookup(".alert .button").queryAs(Node.class));
        assertThat(robot.lookup("#objection-raisedBy").tryQuery()).isEmpty();
    }
}
