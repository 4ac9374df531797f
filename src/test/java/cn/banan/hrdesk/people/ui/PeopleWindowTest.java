package cn.banan.hrdesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.MainWindow;
import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.people.PersonRecord;
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
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 人员查询 as 综合管理部 uses it: a name typed, the person's hire and claim lines listed, ID numbers masked. */
@ExtendWith(ApplicationExtension.class)
class PeopleWindowTest {
    @TempDir
    Path dir;
    Services services;
    FxTaskRunner runner;
    String claimNo;

    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        runner = new FxTaskRunner();
        services = TempStore.open(Files.createDirectories(dir.resolve("db")));
        claimNo = new TwoFundClaim(services).claimNo;
        services.session().signIn(Actor.user("u-gen", "综合管理员", Role.GENERAL_CLERK, null));
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        runner.close();
        services.close();
    }

    @Test
    void aNameTypedListsThePersonsRecordsMasked(FxRobot robot) {
        TestStyle.show(stage, () -> new MainWindow(services, runner, new ScriptedFileDialogs(() -> null, null, null)));
        robot.clickOn("#tab-people");
        robot.clickOn("#people-text").write("操作工甲");
        robot.clickOn("#people-find");
        @SuppressWarnings("unchecked")
        TableView<PersonRecord> table = robot.lookup("#people-table").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().size() == 2);
        assertThat(robot.lookup("#people-summary").queryAs(Label.class).getText()).isEqualTo("共 2 条记录");
        assertThat(robot.lookup("500113********1235").tryQuery()).as("masked for 综合管理部").isPresent();
        assertThat(robot.lookup("500113199001011235").tryQuery()).isEmpty();
        assertThat(robot.lookup("申报明细").tryQuery()).isPresent();
        assertThat(robot.lookup(claimNo).tryQuery()).isPresent();
        assertThat(robot.lookup("乙配套有限公司").tryQuery()).isPresent();
    }
}
