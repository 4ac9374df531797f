package cn.banan.hrdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An online backup with SQLite's backup API, into a temporary file beside the target that becomes the
 * target only after {@code integrity_check} says ok: a failed or interrupted backup leaves no file behind. A copy
 * meant to travel leaves out this site's private keys (a restored copy makes new ones and is paired again); a safety
 * copy kept beside the database, before an upgrade or a restore, keeps them.
 */
public final class Backup {
    private Backup() {
    }

    /** Copies the live database at {@code source} (which another instance may hold open) to {@code target}, without the keys. */
    public static void copy(Path source, Path target) {
        copy(source, target, false);
    }

    /** A whole copy, keys included, for a safety copy that stays on this machine beside the database. */
    public static void safetyCopy(Path source, Path target) {
        copy(source, target, true);
    }

    private static void copy(Path source, Path target, boolean keepKeys) {
        if (!Files.isRegularFile(source)) {
            throw new MissingDatabaseException(source);
        }
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".hrdesk-backup-", ".tmp");
            try (Connection c = Database.dataSource(source, true).getConnection();
                 Statement st = c.createStatement()) {
                st.executeUpdate("backup to '" + temp.toString().replace("'", "''") + "'");
            }
            String check = selfContained(temp, keepKeys);
            if (!"ok".equals(check)) {
                throw new StoreException("backup copy failed integrity_check: " + check);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            throw new StoreException("backup to " + target + " failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Turns the copy into a single file (no -wal/-shm beside it) and runs integrity_check on it. */
    private static String selfContained(Path copy, boolean keepKeys) throws SQLException {
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + copy);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=DELETE");
            if (keepKeys) {
                return integrity(st);
            }
            // a site's private keys never leave its machine (DESIGN §6): zeroed out of the copy, not just unlinked
            st.execute("PRAGMA secure_delete=ON");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'site_key'")) {
                if (rs.next() && rs.getInt(1) == 1) {
                    // the copy is not this program's open file: its audit trigger would find no audit functions here, and
                    // the program makes it again, with new keys, when the copy is opened
                    st.execute("DROP TRIGGER IF EXISTS site_key_audit_delete");
                    st.executeUpdate("DELETE FROM site_key");
                }
            }
            return integrity(st);
        }
    }

    static String integrity(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException ignored) {
            // a stray temp file is harmless; the target was never touched
        }
    }
}
