package cn.banan.hrdesk.app;

import atlantafx.base.theme.PrimerLight;
import cn.banan.hrdesk.core.BusinessTime;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.ui.ChineseFace;
import cn.banan.hrdesk.ui.AfterFrame;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.DocumentsFolder;
import cn.banan.hrdesk.ui.FxTaskRunner;
import cn.banan.hrdesk.ui.SystemFileDialogs;
import cn.banan.hrdesk.ui.UiTask;
import cn.banan.hrdesk.ui.WindowStyle;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window program: opens the database, asks for the site on first start, offers demo data when empty. */
public final class DesktopApp extends Application {
    private Services services;
    private FxTaskRunner runner;

    public static void launchWindow(Path database, Texts texts) {
        Application.launch(DesktopApp.class, "--db=" + database.toAbsolutePath(), "--lang=" + texts.locale().getLanguage());
    }

    /** Asked for only when something is to be logged: setting up the logging would otherwise delay the first window. */
    private static Logger log() {
        return LoggerFactory.getLogger(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        FxStallProbe.start();
        Texts texts = new Texts("en".equals(getParameters().getNamed().get("lang")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        Locale.setDefault(texts.locale());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        new WindowStyle(ChineseFace.forThisComputer()).applyToEveryWindow();
        Dialogs dialogs = new Dialogs(texts);
        Path file = Path.of(getParameters().getNamed().get("db"));
        Clock clock = BusinessTime.systemClock();
        runner = new FxTaskRunner();
        FirstWindows.Outcome first = new FirstWindows(new EarlyOpening(file, texts, clock), runner, dialogs, texts, clock).show();
        services = first.services();
        if (!first.signedIn()) {
            Platform.exit();
            return;
        }
        SystemFileDialogs files = new SystemFileDialogs(stage, getHostServices(), DocumentsFolder.of(Path.of(System.getProperty("user.home"))),
                file, () -> dialogs.errorAndWait(stage, texts.get("error.outputIsTheDatabase", file.getFileName(), file)));
        // The frame shows at once with a word of what is happening; the tabs are built once it has been painted.
        Scene scene = new Scene(new StackPane(new Label(texts.get("app.opening"))), 1360, 840);
        stage.setTitle(title(texts));
        stage.getIcons().add(new Image(DesktopApp.class.getResource("/icons/hrdesk.png").toExternalForm()));
        stage.setScene(scene);
        stage.setMaximized(true);
        stage.show();
        AfterFrame.run(scene, () -> fill(stage, scene, files, dialogs, texts));
    }

    private void fill(Stage stage, Scene scene, SystemFileDialogs files, Dialogs dialogs, Texts texts) {
        MainWindow window = mainWindow(stage, files, dialogs);
        scene.setRoot(window);
        StartupProbe.windowShown(window);
        if (services.session().may(Action.MANAGE_USERS) && services.demoData().demoDatabase() && services.demoData().databaseIsEmpty()
                && dialogs.confirm(stage, texts.get("demo.offer"))) {
            runner.run(UiTask.of(texts.get("demo.running"), p -> {
                services.demoData().fill(p);
                return Boolean.TRUE;
            }).onSuccess(ok -> {
                window.reloadAll();
                stage.setTitle(title(texts));
            })
                    .onFailure(e -> dialogs.error(stage, ErrorMessages.describe(e, texts))));
        }
    }

    private String title(Texts texts) {
        return WindowTitle.of(services, texts);
    }

    /** Someone else signs in; the window is built again so it offers what their role may do. */
    private void switchUser(Stage stage, SystemFileDialogs files, Dialogs dialogs) {
        if (runner.current().get() != null) {
            dialogs.info(stage, services.texts().get("app.switchUser.busy"));
            return;
        }
        var before = services.session().actor().orElse(null);
        services.session().signIn(null);
        if (new SignIn(services, runner, dialogs).atStart(stage)) {
            stage.getScene().setRoot(mainWindow(stage, files, dialogs));
        } else {
            services.session().signIn(before);
        }
    }

    private MainWindow mainWindow(Stage stage, SystemFileDialogs files, Dialogs dialogs) {
        return new MainWindow(services, runner, files, () -> switchUser(stage, files, dialogs), backup -> restore(stage, files, dialogs, backup));
    }

    /**
     * 从备份恢复, confirmed: the window steps aside while the database is closed, replaced and opened again; then whoever
     * signs in gets a window built on the restored database. A refused backup leaves the database as it was.
     */
    private void restore(Stage stage, SystemFileDialogs files, Dialogs dialogs, Path backup) {
        Texts texts = services.texts();
        if (runner.current().get() != null) {
            dialogs.info(stage, texts.get("backup.restore.busy"));
            return;
        }
        Services before = services;
        stage.getScene().setRoot(new StackPane(new Label(texts.get("backup.restoring"))));
        runner.run(UiTask.of(texts.get("backup.restoring"), p -> RestoreAndReopen.run(before, backup)).onSuccess(outcome -> {
            services = outcome.services();
            stage.setTitle(title(texts));
            if (outcome.failure() != null) {
                log().error("restore of {} failed", backup, outcome.failure());
                dialogs.errorAndWait(stage, ErrorMessages.describe(outcome.failure(), texts));
            } else {
                var facts = outcome.restored().facts();
                dialogs.infoAndWait(stage, texts.get("backup.restore.done", facts.site().map(texts::label).orElse("—"), facts.schemaVersion(),
                        outcome.restored().safety() == null ? "—" : outcome.restored().safety()));
            }
            if (new SignIn(services, runner, dialogs).atStart(stage)) {
                stage.getScene().setRoot(mainWindow(stage, files, dialogs));
            } else {
                Platform.exit();
            }
        }).onFailure(e -> {
            log().error("restore of {} failed and the database could not be opened again", backup, e);
            dialogs.errorAndWait(stage, ErrorMessages.describe(e, texts));
            Platform.exit();
        }));
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        if (services != null) {
            try {
                // the rotating copy a person can go back to; a failure is logged and never keeps the program from closing
                log().info("automatic backup: {}", services.backups().onClosing());
            } catch (RuntimeException e) {
                log().error("automatic backup on closing failed", e);
            }
            services.close();
        }
    }
}
