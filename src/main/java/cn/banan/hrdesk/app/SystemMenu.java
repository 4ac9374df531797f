package cn.banan.hrdesk.app;

import cn.banan.hrdesk.backup.ui.BackupDialog;
import cn.banan.hrdesk.backup.ui.BackupViewModel;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;

/** 系统: 备份与恢复 for those who may back up, and 关于 for everyone. */
final class SystemMenu extends MenuButton {
    SystemMenu(Services services, TaskRunner runner, Dialogs dialogs, Consumer<Throwable> onFailure, FileDialogs files, Consumer<Path> restore) {
        Texts texts = services.texts();
        setText(texts.get("system.menu"));
        setId("system-menu");
        boolean mayRestore = restore != null && services.session().may(Action.RESTORE_DATA);
        if (services.session().may(Action.BACK_UP_DATA) || mayRestore) {
            MenuItem backup = new MenuItem(texts.get("system.backup"));
            backup.setId("system-backup");
            backup.setOnAction(e -> new BackupDialog(getScene().getWindow(), new BackupViewModel(services.backups(), runner, texts, onFailure), texts,
                    files, dialogs, mayRestore, restore).show());
            getItems().add(backup);
        }
        MenuItem about = new MenuItem(texts.get("system.about"));
        about.setId("system-about");
        about.setOnAction(e -> runner.run(UiTask.of(null, p -> Diagnostics.of(services))
                .onSuccess(d -> new AboutDialog(getScene().getWindow(), d, texts, files).show()).onFailure(onFailure)));
        getItems().add(about);
    }
}
