package cn.banan.hrdesk.app;

import cn.banan.hrdesk.security.ui.SignInDialogs;
import cn.banan.hrdesk.security.ui.SignInViewModel;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.TaskRunner;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;

/** Who uses the program: at first start the administrator is made; otherwise someone signs in. */
final class SignIn {
    private final Services services;
    private final TaskRunner runner;
    private final Dialogs dialogs;

    SignIn(Services services, TaskRunner runner, Dialogs dialogs) {
        this.services = services;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    /** True once someone is signed in; false when the person closed the window instead. */
    boolean atStart(Window owner) {
        SignInViewModel vm = new SignInViewModel(services.users(), runner, services.texts());
        var dialog = services.users().noUsersYet()
                ? SignInDialogs.firstAdmin(owner, vm, services.texts(), e -> failed(dialogs, services.texts(), e))
                : SignInDialogs.signIn(owner, vm, services.texts(), e -> failed(dialogs, services.texts(), e));
        StartupProbe.signInShown(dialog);
        return dialog.showAndWait().isPresent() && services.session().actor().isPresent();
    }

    /** A sign-in that failed otherwise than by a wrong name or password: logged, and told in words. */
    static void failed(Dialogs dialogs, Texts texts, Throwable e) {
        // the logger is asked for here, not held: the sign-in window comes before logging is set up
        LoggerFactory.getLogger(SignIn.class).error("signing in failed", e);
        dialogs.error(null, ErrorMessages.describe(e, texts));
    }
}
