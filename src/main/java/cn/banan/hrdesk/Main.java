package cn.banan.hrdesk;

import cn.banan.hrdesk.app.AppPaths;
import cn.banan.hrdesk.cli.Cli;

/**
 * The entry point of hrdesk.jar: no command opens the window (global options such as
 * {@code --db} still apply), a command runs without one. It must not
 * extend {@code Application}, or the JavaFX launcher refuses to start from a plain class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("hrdesk.logdir") == null) {
            System.setProperty("hrdesk.logdir", AppPaths.logFolder().toString());
        }
        // jOOQ prints a banner and tips to the log on first use; a desktop program has no use for them.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        cn.banan.hrdesk.xlsx.PoiTempFolder.use(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), System.getProperty("user.name", "user"));
        System.exit(new Cli(System.out, System.err).run(args));
    }
}
