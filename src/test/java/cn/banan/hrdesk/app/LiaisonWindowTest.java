package cn.banan.hrdesk.app;

import cn.banan.hrdesk.testing.FxText;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.liaison.DeliveryResult;
import cn.banan.hrdesk.registers.RegisterRow;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.testing.ScriptedFileDialogs;
import cn.banan.hrdesk.testing.TestStyle;
import cn.banan.hrdesk.testing.FxWait;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/** 招工联络部 in the real window: a task typed in (a bad number named at its field), its progress shown; results counted. */
@ExtendWith(ApplicationExtension.class)
class LiaisonWindowTest {
    @TempDir
    static Path dir;
    Services services;
    FxTaskRunner runner;

    @Start
    void start(Stage stage) throws Exception {
        services = TempStore.open(Files.createTempDirectory(dir, "db"));
        new TwoFundClaim(services);
        services.session().signIn(Actor.user("u-l", "招工联络员", Role.LIAISON_CLERK, null));
        runner = new FxTaskRunner();
        FileDialogs files = new ScriptedFileDialogs(() -> null, null, null);
        Scene scene = new Scene(new MainWindow(services, runner, files), 1300, 820);
        TestStyle.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        services.close();
    }

    @SuppressWarnings("unchecked")
    static TableView<RegisterRow> tasks(FxRobot robot) {
        return robot.lookup("#tasks-table").queryAs(TableView.class);
    }

    @Test
    void aTaskIsTypedInWithItsMistakeNamedAndShowsItsProgress(FxRobot robot) {
        robot.clickOn("#tab-liaison");
        FxWait.until(() -> robot.lookup("#tasks-new").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#tasks-new");
        FxText.set(robot, "#task_no", "CQ-2015-1");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> kind = robot.lookup("#task_type").queryAs(ComboBox.class);
            kind.getSelectionModel().select(1);
        });
        robot.clickOn("#quota").write("五十");
        robot.clickOn("#starts_on").write("2015-01-01").type(KeyCode.TAB);
        robot.clickOn("#ends_on").write("2015-12-31").type(KeyCode.TAB);
        FxText.set(robot, "#responsible_unit", "区人社局");
        robot.clickOn("#tasks-save");
        FxWait.until(() -> robot.lookup("#quota-error").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#quota-error").queryAs(Label.class).getText()).isEqualTo("请填写整数");
        robot.doubleClickOn("#quota").eraseText(2).write("50");
        robot.clickOn("#tasks-save");
        FxWait.until(() -> tasks(robot).getItems().size() == 1);
        RegisterRow row = tasks(robot).getItems().get(0);
        assertThat(row.get("task_no")).isEqualTo("CQ-2015-1");
        assertThat(row.count("quota")).isEqualTo(50);
        assertThat(robot.lookup("0/50（0%）").tryQuery()).as("the progress bar's figures").isPresent();

        robot.clickOn("#liaison-results");
        @SuppressWarnings("unchecked")
        TableView<DeliveryResult> results = robot.lookup("#liaison-results-table").queryAs(TableView.class);
        FxWait.until(() -> results.getItems().size() == 1);
        assertThat(results.getItems().get(0).delivered()).as("the two placements of TwoFundClaim").isEqualTo(2);
    }

    @Test
    void aStudentIsPlacedUnderAnAgreementPickedFromTheListAndTheAgreementCountsHer(FxRobot robot) {
        java.util.Map<String, Object> agreement = new java.util.HashMap<>(java.util.Map.of("school", "巴南职教中心", "enterprise", "巴岳电子",
                "students", 30L, "starts_on", java.time.LocalDate.of(2014, 9, 1), "ends_on", java.time.LocalDate.of(2016, 7, 1)));
        String id = services.registers().save(cn.banan.hrdesk.liaison.LiaisonRegisters.AGREEMENTS, null, agreement);
        robot.clickOn("#tab-liaison");
        robot.clickOn("#liaison-students");
        FxWait.until(() -> robot.lookup("#students-new").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#students-new");
        robot.clickOn("#agreement_id");
        robot.clickOn("巴南职教中心—巴岳电子（2014-09-01起）");
        FxText.set(robot, "#name", "学生甲");
        robot.clickOn("#resident_id").write("110105194912310021");
        robot.clickOn("#placed_on").write("2016-07-05").type(KeyCode.TAB);
        robot.clickOn("#students-save");
        FxWait.until(() -> robot.lookup("#resident_id-error").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#resident_id-error").queryAs(Label.class).getText()).contains("校验位");
        robot.doubleClickOn("#resident_id").eraseText(18).write("11010519491231002X");
        robot.clickOn("#students-save");
        @SuppressWarnings("unchecked")
        TableView<RegisterRow> students = robot.lookup("#students-table").queryAs(TableView.class);
        FxWait.until(() -> students.getItems().size() == 1);
        assertThat(students.getItems().get(0).get("agreement_id").toString()).isEqualTo("巴南职教中心—巴岳电子（2014-09-01起）");

        robot.clickOn("#liaison-agreements");
        @SuppressWarnings("unchecked")
        TableView<RegisterRow> agreements = robot.lookup("#agreements-table").queryAs(TableView.class);
        FxWait.until(() -> agreements.getItems().size() == 1 && agreements.getItems().get(0).count("placed") == 1);
        assertThat(agreements.getItems().get(0).id()).isEqualTo(id);
    }
}
