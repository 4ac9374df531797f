package cn.banan.hrdesk.security.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.UserService;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

/**
 * Signing in, or at first start making the administrator. The password is checked on a background thread (the
 * key derivation takes a noticeable moment by design) and the field is emptied after each try.
 */
public final class SignInViewModel {
    private final Supplier<UserService> users;
    private final TaskRunner runner;
    private final FieldErrors errors;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");

    public SignInViewModel(UserService users, TaskRunner runner, Texts texts) {
        this(() -> users, runner, texts);
    }

    /**
     * {@code users} is asked for on the background thread of each try, so it may wait for a database that is still
     * opening while the person types.
     */
    public SignInViewModel(Supplier<UserService> users, TaskRunner runner, Texts texts) {
        this.users = users;
        this.runner = runner;
        this.errors = new FieldErrors(texts);
    }

    public void signIn(Consumer<String> onSignedIn, Consumer<Throwable> onFailure) {
        String name = username.get();
        char[] secret = password.get().toCharArray();
        password.set("");
        FormSave.run(runner, errors, () -> users.get().signIn(name, secret).userId(), onSignedIn, onFailure);
    }

    /** The first administrator: both passwords must agree; then they are signed in. */
    public void createAdmin(Consumer<String> onCreated, Consumer<Throwable> onFailure) {
        String name = username.get();
        String shown = displayName.get();
        char[] secret = password.get().toCharArray();
        boolean same = password.get().equals(repeat.get());
        if (!same) {
            // only the repeat is typed again; an error elsewhere (a name taken) keeps both
            repeat.set("");
        }
        FormSave.run(runner, errors, () -> {
            if (!same) {
                throw new cn.banan.hrdesk.core.ValidationException(java.util.List.of(
                        cn.banan.hrdesk.core.FieldProblem.of("repeat", "security.problem.passwordsDiffer")));
            }
            users.get().createFirstAdmin(name, shown, secret.clone());
            return users.get().signIn(name, secret).userId();
        }, onCreated, onFailure);
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty displayName() {
        return displayName;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty repeat() {
        return repeat;
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }
}
