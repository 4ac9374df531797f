package cn.banan.hrdesk.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where a safety copy goes: beside the database, named by why (an upgrade from schema N, a restore) and when. */
final class UpgradeBackup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private UpgradeBackup() {
    }

    static Path beside(Path database, String schemaVersion, Clock clock) {
        return named(database, "升级前备份-v" + schemaVersion, clock);
    }

    /** "hrdesk-恢复前备份-20261203-153000.db" beside "hrdesk.db". */
    static Path named(Path database, String what, Clock clock) {
        String name = database.getFileName().toString();
        String stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        return database.resolveSibling(stem + "-" + what + "-" + STAMP.format(LocalDateTime.now(clock)) + ".db");
    }
}
