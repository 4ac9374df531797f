package cn.banan.hrdesk.testing;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** A real SQLite file in a test's temp folder with the program's services over it, on a fixed date. */
public final class TempStore {
    public static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    public static final Texts TEXTS = new Texts(Locale.SIMPLIFIED_CHINESE);
    /**
     * Passwords hashed with 1,000 rounds instead of 600,000: the demo's users are made on every fill, and the hash's
     * strength is not what these tests are about (PasswordHasherTest checks the program's own count).
     */
    public static final cn.banan.hrdesk.security.PasswordHasher QUICK_HASHER = new cn.banan.hrdesk.security.PasswordHasher(1_000);

    private TempStore() {
    }

    /** Services working as the command line would if one command needed every action (see {@link Operator}). */
    public static Services open(Path folder) {
        return open(folder, Session.of(cn.banan.hrdesk.testing.Operator.everything("测试")));
    }

    public static Services open(Path folder, Session session) {
        return open(folder, Site.OFFICE, session);
    }

    /** The database of one site among several, each in its own folder. */
    public static Services open(Path folder, Site site, Session session) {
        return open(folder, site, session, QUICK_HASHER);
    }

    /** With the program's own password hashing (600,000 rounds): for the tests of that hashing. */
    public static Services withProgramHashing(Path folder, Session session) {
        return open(folder, Site.OFFICE, session, new cn.banan.hrdesk.security.PasswordHasher());
    }

    private static Services open(Path folder, Site site, Session session, cn.banan.hrdesk.security.PasswordHasher hasher) {
        Database db = Database.open(folder.resolve("hrdesk.db"));
        new cn.banan.hrdesk.store.SiteIdentity(new cn.banan.hrdesk.store.LocalSettings(db.dsl())).choose(site);
        return new Services(db, site, TEXTS, CLOCK, session, hasher);
    }
}
