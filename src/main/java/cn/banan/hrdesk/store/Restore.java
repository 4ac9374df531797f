package cn.banan.hrdesk.store;

import cn.banan.hrdesk.core.Site;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * Puts a backup in place of the database. The backup is first copied beside the database and checked there (so the
 * file checked is the file restored, whatever happens on the stick meanwhile); the database as it was is kept as a
 * safety copy; only then does the checked copy take its place, in one rename. The database must not be open.
 */
public final class Restore {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private final Path live;
    private final Clock clock;

    public Restore(Path live, Clock clock) {
        this.live = live.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** A backup put in place: what it held, and where the database as it was went (null: there was none). */
    public record Restored(BackupFacts facts, Path safety) {
    }

    /** Checks {@code backup} without touching the database: integrity, schema version, the site it belongs to. */
    public BackupFacts check(Path backup) {
        Path staged = stage(backup);
        try {
            return facts(backup, staged);
        } finally {
            deleteQuietly(staged);
        }
    }

    /**
     * Restores {@code backup}; returns what it held and the safety copy of the database as it was (none when there was
     * no database). This site's keys are carried into the restored file when the backup is this site's (backups travel
     * without them).
     */
    public Restored replace(Path backup) {
        Path staged = stage(backup);
        try (FileLock lock = FileLock.acquire(live)) {
            BackupFacts facts = facts(backup, staged);
            Path safety = UpgradeBackup.named(live, "恢复前备份", clock);
            Optional<Site> current = Optional.empty();
            if (Files.size(live) > 0) {
                Backup.safetyCopy(live, safety);
                current = siteOf(live);
                // everything into the file itself, so the write-ahead log removed below holds nothing the file lacks
                checkpoint(live);
            } else {
                safety = null;
            }
            if (safety != null && current.isPresent() && current.equals(facts.site())) {
                carryKeys(staged, safety);
            }
            Files.deleteIfExists(live.resolveSibling(live.getFileName() + "-wal"));
            Files.deleteIfExists(live.resolveSibling(live.getFileName() + "-shm"));
            Files.move(staged, live, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Restored(facts, safety);
        } catch (IOException e) {
            throw new StoreException("restore of " + backup + " failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(staged);
        }
    }

    /** A copy of the backup beside the database, under the name the start-up sweep clears if the program dies here. */
    private Path stage(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new BadBackupException(backup, "restore.bad.missing", "no file");
        }
        try (InputStream in = Files.newInputStream(backup)) {
            if (!Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER)) {
                throw new BadBackupException(backup, "restore.bad.notDatabase", "no SQLite header");
            }
            Files.createDirectories(live.getParent());
            Path staged = Files.createTempFile(live.getParent(), ".hrdesk-backup-", ".tmp");
            Files.copy(backup, staged, StandardCopyOption.REPLACE_EXISTING);
            return staged;
        } catch (IOException e) {
            throw new StoreException("cannot read " + backup + ": " + e.getMessage(), e);
        }
    }

    private BackupFacts facts(Path backup, Path staged) {
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + staged);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=DELETE");
            String integrity = Backup.integrity(st);
            if (!"ok".equals(integrity)) {
                throw new BadBackupException(backup, "restore.bad.damaged", integrity);
            }
            if (!hasTable(st, "flyway_schema_history") || !hasTable(st, "local_setting")) {
                throw new BadBackupException(backup, "restore.bad.notOurs", "no schema history");
            }
        } catch (SQLException e) {
            throw new BadBackupException(backup, "restore.bad.damaged", e.getMessage());
        }
        Schema schema = Schema.of(ds);
        schema.requireNotAhead(backup);
        try {
            return new BackupFacts(backup, siteOf(staged), schema.applied().orElse("0"), Files.size(staged));
        } catch (IOException e) {
            throw new StoreException("cannot read " + staged, e);
        }
    }

    private static boolean hasTable(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private static void checkpoint(Path file) {
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new StoreException("cannot checkpoint " + file + " before restoring", e);
        }
    }

    static Optional<Site> siteOf(Path file) {
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM local_setting WHERE key = '" + SiteIdentity.KEY + "'")) {
            return rs.next() ? Optional.of(Site.valueOf(rs.getString(1))) : Optional.empty();
        } catch (SQLException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * This machine's private keys into the restored file, so its pairings hold. The key table's audit triggers call
     * functions only the open program defines; it makes them again at the next opening.
     */
    private static void carryKeys(Path staged, Path from) {
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + staged);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            if (!hasTable(st, "site_key")) {
                return;
            }
            st.execute("DROP TRIGGER IF EXISTS site_key_audit_insert");
            st.execute("DROP TRIGGER IF EXISTS site_key_audit_delete");
            st.execute("ATTACH DATABASE '" + from.toString().replace("'", "''") + "' AS was");
            st.executeUpdate("DELETE FROM site_key");
            st.executeUpdate("INSERT INTO site_key SELECT * FROM was.site_key");
            st.execute("DETACH DATABASE was");
        } catch (SQLException e) {
            // an older backup's key table differs: the program makes new keys, and the sites are paired again
            org.slf4j.LoggerFactory.getLogger(Restore.class).warn("keys not carried into the restored file", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the start-up sweep clears it
        }
    }
}
