package cn.banan.hrdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.store.Database;
import cn.banan.hrdesk.testing.FxText;
import cn.banan.hrdesk.testing.FxWait;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The windows before the main one, on a real database file: the sign-in window on a file that is there, with the
 * database opened behind it; and what shows instead when the opening finds no user, no site, or cannot open.
 */
@ExtendWith(ApplicationExtension.class)
class FirstWindowsTest {
    static final String PASSWORD = "mima-2014";
    @TempDir
    Path dir;
    final FxTaskRunner runner = new FxTaskRunner();
    final CompletableFuture<FirstWindows.Outcome> outcome = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        // the windows under test have no owner; the extension's stage stays hidden
    }

    @AfterEach
    void closeAll() throws Exception {
        runner.close();
        if (outcome.isDone() && outcome.get().services() != null) {
            outcome.get().services().close();
        }
    }

    /** A database with its site and one administrator, closed again, as the program left it last time. */
    Path databaseWithAdmin() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("db"));
        try (Services services = TempStore.open(folder, Session.signedOut())) {
            services.users().createFirstAdmin("admin", "管理员", PASSWORD.toCharArray());
        }
        return folder.resolve("hrdesk.db");
    }

    void show(Path file) {
        FirstWindows windows = new FirstWindows(new EarlyOpening(file, TempStore.TEXTS, TempStore.CLOCK), runner, new Dialogs(TempStore.TEXTS),
                TempStore.TEXTS, TempStore.CLOCK);
        Platform.runLater(() -> outcome.complete(windows.show()));
    }

    @Test
    void signsInOnADatabaseThatWasThere(FxRobot robot) throws Exception {
        show(databaseWithAdmin());
        FxWait.until(() -> robot.lookup("#signin-ok").tryQuery().isPresent());
        FxText.set(robot, "#username", "admin");
        FxText.set(robot, "#password", PASSWORD);
        robot.clickOn("#signin-ok");
        FxWait.until(outcome::isDone);
        assertThat(outcome.get().signedIn()).isTrue();
        assertThat(outcome.get().services().session().actor()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("管理员"));
    }

    @Test
    void aWrongPasswordIsToldAtItsFieldAndTheWindowStays(FxRobot robot) throws Exception {
        Path file = databaseWithAdmin();
        show(file);
        FxWait.until(() -> robot.lookup("#signin-ok").tryQuery().isPresent());
        FxText.set(robot, "#username", "admin");
        FxText.set(robot, "#password", "not-the-password");
        robot.clickOn("#signin-ok");
        FxWait.until(() -> robot.lookup(n -> n instanceof Label l && l.getStyleClass().contains("error-text") && !l.getText().isBlank())
                .tryQuery().isPresent());
        assertThat(outcome).isNotDone();
        assertThat(robot.lookup("#password").queryAs(PasswordField.class).getText()).isEmpty();
        robot.clickOn(cancel());
        FxWait.until(outcome::isDone);
        assertThat(outcome.get().signedIn()).isFalse();
        assertThat(outcome.get().services()).isNull();
        // closed without signing in, the window let the file go: another opening is not refused as in use
        Database.open(file).close();
    }

    @Test
    void aDatabaseInUseClosesTheSignInAndSaysSo(FxRobot robot) throws Exception {
        Path file = databaseWithAdmin();
        try (Database holder = Database.open(file)) {
            show(file);
            FxWait.until(() -> robot.lookup(hasText("数据库正被另一个程序窗口使用")).tryQuery().isPresent());
            assertThat(robot.lookup("#signin-ok").tryQuery()).isEmpty();
            robot.clickOn(ok());
            FxWait.until(outcome::isDone);
            assertThat(outcome.get().signedIn()).isFalse();
            assertThat(outcome.get().services()).isNull();
        }
    }

    @Test
    void aDatabaseWithoutAUserAsksForTheFirstAdministrator(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("empty"));
        TempStore.open(folder, Session.signedOut()).close();
        show(folder.resolve("hrdesk.db"));
        FxWait.until(() -> robot.lookup("#admin-create").tryQuery().isPresent());
        assertThat(robot.lookup("#signin-ok").tryQuery()).isEmpty();
        robot.clickOn(cancel());
        FxWait.until(outcome::isDone);
        assertThat(outcome.get().signedIn()).isFalse();
    }

    @Test
    void aNewDatabaseAsksForTheSiteFirst(FxRobot robot) throws Exception {
        show(dir.resolve("new.db"));
        FxWait.until(() -> robot.lookup(hasText("本程序在哪个单位使用")).tryQuery().isPresent());
        assertThat(robot.lookup("#signin-ok").tryQuery()).isEmpty();
        robot.clickOn(cancel());
        FxWait.until(outcome::isDone);
        assertThat(outcome.get().signedIn()).isFalse();
        assertThat(outcome.get().services()).isNull();
    }

    static java.util.function.Predicate<javafx.scene.Node> cancel() {
        return n -> n instanceof javafx.scene.control.Button b && b.isCancelButton() && b.isVisible();
    }

    static java.util.function.Predicate<javafx.scene.Node> ok() {
        return n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton() && b.isVisible();
    }

    static java.util.function.Predicate<javafx.scene.Node> hasText(String start) {
        return n -> n instanceof Label l && l.getText() != null && l.getText().startsWith(start)
                || n instanceof javafx.scene.text.Text t && t.getText() != null && t.getText().startsWith(start);
    }
}
