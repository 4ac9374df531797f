package cn.banan.hrdesk.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.MainWindow;
import cn.banan.hrdesk.app.RestoreAndReopen;
import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.store.Database;
import cn.banan.hrdesk.store.LocalSettings;
import cn.banan.hrdesk.testing.FxWait;
import cn.banan.hrdesk.testing.ScriptedFileDialogs;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TestStyle;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * 系统 › 备份与恢复 walked through: the administrator backs up to a stick, sets how many closing copies are kept, puts
 * the backup back (checked and confirmed; the database as it was kept), and a damaged backup is refused in words. A
 * clerk may back up but not restore. 关于 names the version and the database.
 */
@ExtendWith(ApplicationExtension.class)
class BackupWindowTest {
    @TempDir
    Path dir;
    Services services;
    FxTaskRunner runner;
    Stage stage;
    Path stick;
    Path offered;
    final AtomicReference<RestoreAndReopen.Outcome> outcome = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        runner = new FxTaskRunner();
    }

    void show(Role role) throws Exception {
        services = TempStore.open(Files.createDirectories(dir.resolve("db")));
        stick = Files.createDirectories(dir.resolve("stick"));
        services.session().signIn(Actor.user("u-" + role, "某" + role, role, null));
        FileDialogs files = new ScriptedFileDialogs(() -> offered, null, stick);
        TestStyle.show(stage, () -> new MainWindow(services, runner, files, null, backup -> outcome.set(RestoreAndReopen.run(services, backup))));
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        runner.close();
        (outcome.get() != null ? outcome.get().services() : services).close();
    }

    @Test
    void theAdministratorBacksUpKeepsCopiesAndRestoresACheckedBackup(FxRobot robot) throws Exception {
        show(Role.ADMIN);
        open(robot);
        robot.clickOn("#backup-to");
        Label message = robot.lookup("#backup-message").queryAs(Label.class);
        FxWait.until(() -> message.getText().contains("完整性检查通过"));
        Path backup;
        try (var files = Files.list(stick)) {
            backup = files.findFirst().orElseThrow();
        }
        assertThat(backup.getFileName().toString()).startsWith("工作台备份-领导小组办公室-").endsWith(".db");
        assertThat(Database.readOnly(backup).fetchValue("PRAGMA integrity_check")).isEqualTo("ok");

        @SuppressWarnings("unchecked")
        Spinner<Integer> keep = robot.lookup("#backup-keep").queryAs(Spinner.class);
        robot.interact(() -> keep.getValueFactory().setValue(3));
        robot.clickOn("#backup-saveKeep");
        FxWait.until(() -> message.getText().contains("保留最近 3 份"));
        assertThat(services.backups().keep()).isEqualTo(3);

        new LocalSettings(services.database().dsl()).put("test.marker", "written after the backup");
        offered = backup;
        robot.clickOn("#backup-restore");
        FxWait.until(() -> robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains("用这份备份替换当前数据库"))
                .tryQuery().isPresent());
        assertThat(robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains("站点：领导小组办公室")).tryQuery()).isPresent();
        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("是")).queryAs(Node.class));
        FxWait.until(() -> outcome.get() != null);
        RestoreAndReopen.Outcome o = outcome.get();
        assertThat(o.failure()).isNull();
        assertThat(new LocalSettings(o.services().database().dsl()).get("test.marker")).as("the database as backed up").isEmpty();
        assertThat(o.restored().safety()).exists();
        assertThat(Database.readOnly(o.restored().safety()).fetchValue("SELECT value FROM local_setting WHERE key = 'test.marker'"))
                .as("the safety copy holds what was replaced").isEqualTo("written after the backup");
        assertThat(o.services().session().actor()).as("everyone signs in again").isEmpty();
        assertThat(new LocalSettings(o.services().database().dsl()).get("last_restore").orElseThrow()).contains(backup.getFileName().toString());
    }

    @Test
    void aDamagedBackupIsRefusedInWordsAndNothingChanges(FxRobot robot) throws Exception {
        show(Role.ADMIN);
        offered = Files.write(dir.resolve("damaged.db"), ("SQLite format 3\0" + "x".repeat(5000)).getBytes());
        open(robot);
        robot.clickOn("#backup-restore");
        FxWait.until(() -> robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains("已损坏")).tryQuery().isPresent());
        assertThat(outcome.get()).as("nothing was restored").isNull();
        assertThat(services.database().dsl().fetchValue("PRAGMA integrity_check")).isEqualTo("ok");
    }

    @Test
    void aClerkBacksUpButDoesNotRestoreAndAboutNamesTheProgram(FxRobot robot) throws Exception {
        show(Role.GENERAL_CLERK);
        open(robot);
        assertThat(robot.lookup("#backup-to").tryQuery()).isPresent();
        assertThat(robot.lookup("#backup-restore").tryQuery()).as("restoring is the administrator's").isEmpty();
        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("关闭")).queryAs(Node.class));
        robot.clickOn("#system-menu");
        robot.clickOn("#system-about");
        FxWait.until(() -> robot.lookup("#about-facts").tryQuery().isPresent());
        String facts = robot.lookup("#about-facts").queryAs(TextArea.class).getText();
        assertThat(facts).contains("版本：" + cn.banan.hrdesk.app.AppVersion.current(), "站点：领导小组办公室",
                services.database().file().toString(), "数据结构：第 " + cn.banan.hrdesk.testing.Migrations.latest() + " 版", "日志文件夹");
        assertThat(cn.banan.hrdesk.app.AppVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
        robot.clickOn("#about-copy");
        FxWait.until(() -> robot.lookup("#about-copied").queryAs(Label.class).getText().contains("已复制"));
    }

    private void open(FxRobot robot) {
        robot.clickOn("#system-menu");
        robot.clickOn("#system-backup");
        FxWait.until(() -> robot.lookup("#backup-to").tryQuery().isPresent());
    }
}
