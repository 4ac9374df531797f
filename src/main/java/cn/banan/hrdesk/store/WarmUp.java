package cn.banan.hrdesk.store;

import static cn.banan.hrdesk.store.generated.Tables.LOCAL_SETTING;

import java.sql.Connection;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.LoggerFactory;

/**
 * Loads, on a thread of its own while JavaFX starts, what the first database work needs: SQLite's native library,
 * jOOQ's classes (about half a second on its own), the pool and the generated tables. It touches no file of ours and
 * shares nothing; whatever it has not finished when the window needs it is simply done there.
 */
public final class WarmUp {
    private WarmUp() {
    }

    public static void inBackground() {
        Thread t = new Thread(WarmUp::run, "warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try (Connection c = new org.sqlite.SQLiteDataSource().getConnection()) {
            DSL.using(c, SQLDialect.SQLITE).execute("CREATE TABLE local_setting (key TEXT PRIMARY KEY, value TEXT)");
            DSL.using(c, SQLDialect.SQLITE).select(LOCAL_SETTING.VALUE).from(LOCAL_SETTING).where(LOCAL_SETTING.KEY.eq("site")).fetchOptional();
            new com.zaxxer.hikari.HikariConfig().setPoolName("warm-up");
        } catch (Exception | LinkageError e) {
            LoggerFactory.getLogger(WarmUp.class).debug("warm-up skipped", e);
        }
    }
}
