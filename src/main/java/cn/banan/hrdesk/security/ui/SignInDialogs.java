package cn.banan.hrdesk.security.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.UserForm;
import cn.banan.hrdesk.ui.FormDialog;
import cn.banan.hrdesk.ui.FormGrid;
import java.util.function.Consumer;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The sign-in window, and at first start the one that makes the administrator. */
public final class SignInDialogs {
    private SignInDialogs() {
    }

    public static FormDialog signIn(Window owner, SignInViewModel vm, Texts texts, Consumer<Throwable> onFailure) {
        FormGrid form = new FormGrid(vm.errors());
        TextField name = form.add(texts.get("security.username"), UserForm.USERNAME, new TextField());
        name.textProperty().bindBidirectional(vm.username());
        PasswordField password = form.add(texts.get("security.password"), UserForm.PASSWORD, new PasswordField());
        password.textProperty().bindBidirectional(vm.password());
        javafx.scene.control.Label hint = new javafx.scene.control.Label(texts.get("security.signIn.hint"));
        hint.getStyleClass().add("section-title");
        hint.setPadding(new javafx.geometry.Insets(0, 0, 0, 8));
        FormDialog d = new FormDialog(owner, texts.get("security.signIn.title"), new javafx.scene.layout.VBox(12, hint, form), 440, texts,
                "signin-ok", texts.get("security.signIn"), done -> vm.signIn(done, onFailure));
        d.setOnShown(e -> name.requestFocus());
        return d;
    }

    public static FormDialog firstAdmin(Window owner, SignInViewModel vm, Texts texts, Consumer<Throwable> onFailure) {
        FormGrid form = new FormGrid(vm.errors());
        form.add(texts.get("security.username"), UserForm.USERNAME, new TextField()).textProperty().bindBidirectional(vm.username());
        form.add(texts.get("security.displayName"), UserForm.DISPLAY_NAME, new TextField()).textProperty().bindBidirectional(vm.displayName());
        form.add(texts.get("security.password"), UserForm.PASSWORD, new PasswordField()).textProperty().bindBidirectional(vm.password());
        form.add(texts.get("security.repeat"), "repeat", new PasswordField()).textProperty().bindBidirectional(vm.repeat());
        javafx.scene.control.Label hint = new javafx.scene.control.Label(texts.get("security.firstAdmin.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        // an error line appearing below must not squeeze the hint into "…"
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.setPadding(new javafx.geometry.Insets(0, 0, 0, 8));
        FormDialog d = new FormDialog(owner, texts.get("security.firstAdmin.title"), new javafx.scene.layout.VBox(10, hint, form), 520, texts,
                "admin-create",
                texts.get("security.firstAdmin.create"), done -> vm.createAdmin(done, onFailure));
        return d;
    }
}
