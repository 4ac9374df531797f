package cn.banan.hrdesk.app;

import cn.banan.hrdesk.security.ui.SignInDialogs;
import cn.banan.hrdesk.security.ui.SignInViewModel;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.TaskRunner;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who uses the program: at first start the administrator is made; otherwise someone signs in. */
final class SignIn {
    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);
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
                ? SignInDialogs.firstAdmin(owner, vm, services.texts(), this::failed)
                : SignInDialogs.signIn(owner, vm, services.texts(), this::failed);
        StartupProbe.signInShown(dialog);
        return dialog.showAndWait().isPresent() && services.session().actor().isPresent();
    }

    private void failed(Throwable e) {
        LOG.error("signing in failed", e);
        dialogs.error(null, ErrorMessages.describe(e, services.texts()));
    }
}
