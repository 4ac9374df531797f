package cn.banan.hrdesk.security.ui;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.security.UserAccount;
import cn.banan.hrdesk.security.UserForm;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Fields;
import cn.banan.hrdesk.ui.FormGrid;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** 用户管理: users of this site with their roles; add one, switch one off or on, set a new password. */
public final class UsersDialog extends Dialog<Void> {
    public UsersDialog(Window owner, UsersViewModel vm, Texts texts) {
        initOwner(owner);
        setTitle(texts.get("security.users.title"));
        setResizable(true);
        TableView<UserAccount> table = new TableView<>(vm.list());
        table.setId("users-table");
        table.setPrefHeight(300);
        Columns.add(table, texts.get("security.username"), 10, UserAccount::username);
        Columns.add(table, texts.get("security.displayName"), 16, UserAccount::displayName);
        Columns.add(table, texts.get("security.role"), 14, u -> texts.label(u.role()));
        Columns.add(table, texts.get("security.park"), 10, u -> u.park() == null ? "" : texts.label(u.park()));
        Columns.add(table, texts.get("security.active"), 5, u -> texts.get(u.active() ? "security.activeYes" : "security.activeNo"));
        Button toggle = Buttons.of("users-toggle", texts.get("security.users.toggle"), () -> vm.toggle(table.getSelectionModel().getSelectedItem()));
        Button reset = Buttons.of("users-reset", texts.get("security.users.reset"), () -> {
            UserAccount u = table.getSelectionModel().getSelectedItem();
            TextInputDialog ask = new TextInputDialog();
            ask.initOwner(getDialogPane().getScene().getWindow());
            ask.setHeaderText(texts.get("security.users.resetHint", u.username(), cn.banan.hrdesk.security.UserService.MIN_PASSWORD));
            ask.showAndWait().ifPresent(p -> vm.resetPassword(u, p, () -> { }));
        });
        toggle.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reset.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());

        FormGrid form = new FormGrid(vm.errors());
        form.add(texts.get("security.username"), UserForm.USERNAME, new TextField()).textProperty().bindBidirectional(vm.username());
        form.add(texts.get("security.displayName"), UserForm.DISPLAY_NAME, new TextField()).textProperty().bindBidirectional(vm.displayName());
        form.add(texts.get("security.role"), UserForm.ROLE, Fields.choice(texts, Role.values(), vm.role()));
        form.add(texts.get("security.park"), UserForm.PARK, Fields.choice(texts, Park.values(), vm.park()));
        form.add(texts.get("security.password"), UserForm.PASSWORD, new PasswordField()).textProperty().bindBidirectional(vm.password());
        Label newTitle = new Label(texts.get("security.users.new"));
        newTitle.getStyleClass().add("section-title");
        VBox content = new VBox(10, table, new HBox(8, toggle, reset), newTitle, form,
                Buttons.of("users-add", texts.get("security.users.add"), vm::add));
        content.setPadding(new javafx.geometry.Insets(6, 10, 6, 10));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(860);
        getDialogPane().setMinWidth(860);
        getDialogPane().getButtonTypes().add(new ButtonType(texts.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        vm.reload();
    }
}
