package cn.banan.hrdesk.store;

import cn.banan.hrdesk.core.Site;
import java.nio.file.Path;
import java.util.Optional;

/** A backup checked for restoring: sound, of a schema this program knows, from {@code site} (empty: none chosen yet). */
public record BackupFacts(Path file, Optional<Site> site, String schemaVersion, long bytes) {
}
