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
