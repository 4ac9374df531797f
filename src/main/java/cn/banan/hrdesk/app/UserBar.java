package cn.banan.hrdesk.app;

import cn.banan.hrdesk.claims.ui.StepRolesDialog;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.ui.UsersDialog;
import cn.banan.hrdesk.security.ui.UsersViewModel;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.FileDialogs;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Who is signed in (name and role), 切换用户, for the administrator 用户管理 and 流程设置, and 系统 (备份与恢复, 关于). */
final class UserBar extends HBox {
    /** {@code restore}: puts a confirmed backup in place of the database (null: not offered in this window). */
    UserBar(Services services, TaskRunner runner, Dialogs dialogs, Consumer<Throwable> onFailure, Runnable switchUser,
            FileDialogs files, Consumer<Path> restore) {
        super(8);
        Texts texts = services.texts();
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        getStyleClass().add("user-bar");
        Actor actor = services.session().actor().orElse(null);
        Label who = new Label(actor == null ? "" : actor.commandLine() ? actor.name()
                : texts.get("app.user", actor.name(), texts.label(actor.role())));
        who.setId("user-who");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(who, gap);
        if (services.session().may(Action.MANAGE_USERS)) {
            getChildren().add(Buttons.of("user-manage", texts.get("security.users.title"), () ->
                    new UsersDialog(getScene().getWindow(), new UsersViewModel(services.users(), runner, texts, onFailure), texts).show()));
        }
        if (services.session().may(Action.CONFIGURE_WORKFLOW)) {
            getChildren().add(Buttons.of("user-workflow", texts.get("workflow.roles.title"), () ->
                    StepRolesDialog.open(getScene().getWindow(), services.workflow(), runner, texts, onFailure)));
        }
        getChildren().add(new SystemMenu(services, runner, dialogs, onFailure, files, restore));
        if (switchUser != null) {
            getChildren().add(Buttons.of("user-switch", texts.get("app.switchUser"), switchUser));
        }
    }
}
