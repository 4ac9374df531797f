package cn.banan.hrdesk.app;

import java.nio.file.Path;
import java.util.Locale;

/** Where the program keeps its database and logs on this computer, following each system's custom. */
public final class AppPaths {
    private AppPaths() {
    }

    public static Path dataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "HRDesk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "HRDesk");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("hrdesk");
    }

    public static Path defaultDatabase() {
        return dataFolder().resolve("hrdesk.db");
    }

    public static Path logFolder() {
        return dataFolder().resolve("logs");
    }
}
