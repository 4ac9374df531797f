package cn.banan.hrdesk.app;

import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.store.Database;
import cn.banan.hrdesk.store.LocalSettings;
import cn.banan.hrdesk.store.Restore;
import cn.banan.hrdesk.store.RestoreRecord;
import cn.banan.hrdesk.store.SiteIdentity;
import java.nio.file.Path;

/**
 * 从备份恢复 in the window: the open database is closed, the backup put in its place (checked again, the database as it
 * was kept as a safety copy), and the file opened again with new services, signed out. A refused backup leaves the
 * database as it was, opened again all the same.
 */
public final class RestoreAndReopen {
    private RestoreAndReopen() {
    }

    /** The services over the database now in place, what was restored (empty on failure) and why it failed. */
    public record Outcome(Services services, Restore.Restored restored, RuntimeException failure) {
    }

    public static Outcome run(Services current, Path backup) {
        Path file = current.database().file();
        Actor who = current.session().current();
        var texts = current.texts();
        var clock = current.clock();
        current.close();
        Restore.Restored restored = null;
        RuntimeException failure = null;
        try {
            restored = new Restore(file, clock).replace(backup);
            cn.banan.hrdesk.backup.BackupService.restoreAttachments(backup, file);
        } catch (RuntimeException e) {
            failure = e;
        }
        Database database = Database.open(file);
        Site site = new SiteIdentity(new LocalSettings(database.dsl())).site().orElse(current.site());
        Services reopened = new Services(database, site, texts, clock, Session.of(who));
        if (restored != null) {
            RestoreRecord.note(database.dsl(), restored);
        }
        reopened.session().signIn(null);
        return new Outcome(reopened, restored, failure);
    }
}
