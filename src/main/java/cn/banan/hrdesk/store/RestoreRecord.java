package cn.banan.hrdesk.store;

import cn.banan.hrdesk.core.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The restore, noted in the restored database as a local setting: the audit trail then holds who restored which file
 * and where the database as it was went, attributed like any other write.
 */
public final class RestoreRecord {
    static final String KEY = "last_restore";

    private RestoreRecord() {
    }

    public static void note(DSLContext dsl, Restore.Restored restored) {
        BackupFacts facts = restored.facts();
        Path safety = restored.safety();
        com.google.gson.JsonObject o = new com.google.gson.JsonObject();
        o.addProperty("file", facts.file().toAbsolutePath().toString());
        o.addProperty("site", facts.site().map(Site::name).orElse(null));
        o.addProperty("schema", facts.schemaVersion());
        o.addProperty("safety_copy", safety == null ? null : safety.toString());
        new LocalSettings(dsl).put(KEY, o.toString());
    }

    /** The site of a database file that is not open (none for a missing or new one). */
    public static Optional<Site> siteOf(Path database) {
        return Files.isRegularFile(database) ? Restore.siteOf(database) : Optional.empty();
    }
}
