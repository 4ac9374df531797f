package cn.banan.hrdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version as the build stamped it (hrdesk-version.properties, filtered by Maven). */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/hrdesk-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "?");
        } catch (IOException e) {
            return "?";
        }
    }
}
