package cn.banan.hrdesk.security.ui;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.security.UserAccount;
import cn.banan.hrdesk.security.UserForm;
import cn.banan.hrdesk.security.UserService;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The administrator's list of users and the form for a new one. */
public final class UsersViewModel {
    private final UserService users;
    private final TaskRunner runner;
    private final Consumer<Throwable> onFailure;
    private final FieldErrors errors;
    private final ObservableList<UserAccount> list = FXCollections.observableArrayList();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final ObjectProperty<Park> park = new SimpleObjectProperty<>();
    private final StringProperty password = new SimpleStringProperty("");

    public UsersViewModel(UserService users, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        this.users = users;
        this.runner = runner;
        this.onFailure = onFailure;
        this.errors = new FieldErrors(texts);
    }

    public void reload() {
        runner.run(UiTask.of(null, p -> users.all()).onSuccess(list::setAll).onFailure(onFailure));
    }

    public void add() {
        UserForm f = new UserForm(username.get(), displayName.get(), role.get(), park.get(), password.get().toCharArray());
        password.set("");
        FormSave.run(runner, errors, () -> users.create(f), made -> {
            username.set("");
            displayName.set("");
            reload();
        }, onFailure);
    }

    public void toggle(UserAccount u) {
        runner.run(UiTask.of(null, p -> {
            users.setActive(u.id(), !u.active());
            return Boolean.TRUE;
        }).onSuccess(ok -> reload()).onFailure(onFailure));
    }

    public void resetPassword(UserAccount u, String newPassword, Runnable done) {
        runner.run(UiTask.of(null, p -> {
            users.resetPassword(u.id(), newPassword.toCharArray());
            return Boolean.TRUE;
        }).onSuccess(ok -> done.run()).onFailure(onFailure));
    }

    public ObservableList<UserAccount> list() {
        return list;
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty displayName() {
        return displayName;
    }

    public ObjectProperty<Role> role() {
        return role;
    }

    public ObjectProperty<Park> park() {
        return park;
    }

    public StringProperty password() {
        return password;
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }
}
