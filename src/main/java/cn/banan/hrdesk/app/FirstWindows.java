package cn.banan.hrdesk.app;

import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.ui.SignInDialogs;
import cn.banan.hrdesk.security.ui.SignInViewModel;
import cn.banan.hrdesk.store.Database;
import cn.banan.hrdesk.store.LocalSettings;
import cn.banan.hrdesk.store.SiteIdentity;
import cn.banan.hrdesk.ui.AfterFrame;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FormDialog;
import cn.banan.hrdesk.ui.TaskRunner;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.DialogEvent;
import org.slf4j.LoggerFactory;

/**
 * The windows before the main one. On a database that was there, the sign-in window shows at once and the
 * database opens behind it once it is up; 登录 waits for the opening on its background thread. At first start, or when the
 * opening ends otherwise than ready for a sign-in (it failed, no site, no user yet), the window waits for it and
 * then asks for the site, makes the first administrator, or says why the database cannot be opened.
 */
final class FirstWindows {
    private final EarlyOpening opening;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Clock clock;

    FirstWindows(EarlyOpening opening, TaskRunner runner, Dialogs dialogs, Texts texts, Clock clock) {
        this.opening = opening;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
        this.clock = clock;
    }

    /** What the windows ended with: the services (null when none were opened) and whether someone signed in. */
    record Outcome(Services services, boolean signedIn) {
    }

    Outcome show() {
        if (opening.maySignInBeforeOpened()) {
            Optional<Boolean> early = signInWhileOpening();
            if (early.isPresent() && early.get()) {
                EarlyOpening.Opened opened = opening.await();
                toldOfUpgrade(opened.database());
                return new Outcome(opened.services().orElseThrow(), true);
            }
            if (early.isPresent()) {
                opening.abandon();
                return new Outcome(null, false);
            }
        }
        EarlyOpening.Opened opened;
        try {
            opened = opening.await();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(FirstWindows.class).error("cannot open the database", e);
            dialogs.errorAndWait(null, ErrorMessages.describe(e, texts));
            return new Outcome(null, false);
        }
        toldOfUpgrade(opened.database());
        Services services = opened.services().orElseGet(() -> atFirstStart(opened.database()));
        if (services == null) {
            opened.database().close();
            return new Outcome(null, false);
        }
        return new Outcome(services, new SignIn(services, runner, dialogs).atStart(null));
    }

    /**
     * The sign-in window while the database opens: whether someone signed in, or empty when the opening ended
     * otherwise than ready and closed the window, so that what it found is dealt with instead.
     */
    private Optional<Boolean> signInWhileOpening() {
        SignInViewModel vm = new SignInViewModel(() -> opening.await().services().orElseThrow().users(), runner, texts);
        // a failed opening is told once, below, not again by the 登录 that waited for it
        FormDialog dialog = SignInDialogs.signIn(null, vm, texts, e -> {
            if (opening.readyToSignIn()) {
                SignIn.failed(dialogs, texts, e);
            }
        });
        boolean[] endedOtherwise = {false};
        opening.whenEnded(() -> Platform.runLater(() -> {
            if (!opening.readyToSignIn() && dialog.isShowing()) {
                endedOtherwise[0] = true;
                dialog.close();
            }
        }));
        // begun at once, the opening took the second core from the window's first painting
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> AfterFrame.run(dialog.getDialogPane().getScene(), opening::begin));
        StartupProbe.signInShown(dialog, opening::whenEnded);
        boolean signedIn = dialog.showAndWait().isPresent();
        return endedOtherwise[0] ? Optional.empty() : Optional.of(signedIn);
    }

    private void toldOfUpgrade(Database database) {
        database.upgrade().ifPresent(u -> dialogs.infoAndWait(null, texts.get("store.upgraded", u.from(), u.backup())));
    }

    /** A new database's site, asked once; null when the person closed the question instead. */
    private Services atFirstStart(Database database) {
        SiteIdentity identity = new SiteIdentity(new LocalSettings(database.dsl()));
        Optional<Site> site = new SiteChooser(texts).showAndWait();
        if (site.isEmpty()) {
            return null;
        }
        identity.choose(site.get());
        return new Services(database, site.get(), texts, clock, cn.banan.hrdesk.security.Session.signedOut());
    }
}
