package cn.banan.hrdesk.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;

/**
 * For the start-up benchmark only ({@code -Dhrdesk.startupProbe=true}): prints the milliseconds from JVM start
 * until the enterprise list first shows rows, then closes the program. Without the property it does nothing.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    /**
     * Since sign-in exists the first window a user can work in is the sign-in window: the probe stops there, as no
     * switch may let anyone past it.
     */
    static void signInShown(javafx.scene.control.Dialog<?> dialog) {
        signInShown(dialog, Runnable::run);
    }

    /**
     * The same for a sign-in window shown while the database opens: the program quits only once the opening has
     * ended, so that the installer's list of classes to share holds the database's too.
     */
    static void signInShown(javafx.scene.control.Dialog<?> dialog, java.util.function.Consumer<Runnable> whenOpened) {
        if (!Boolean.getBoolean("hrdesk.startupProbe")) {
            return;
        }
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> Platform.runLater(() -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("startup-ms=" + ms);
            whenOpened.accept(() -> {
                // how long until 登录 answers without waiting for the database, beside the window's own time
                System.err.println("opened-ms=" + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
                System.exit(0);
            });
        }));
    }

    static void windowShown(MainWindow window) {
        if (!Boolean.getBoolean("hrdesk.startupProbe")) {
            return;
        }
        var rows = window.registry().enterprises().list().rows();
        ListChangeListener<Object> probe = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<?> c) {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.err.println("startup-ms=" + ms);
                rows.removeListener(this);
                Platform.exit();
            }
        };
        rows.addListener(probe);
    }
}
