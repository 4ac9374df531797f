package cn.banan.hrdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * A database file's schema against the program's migrations: current, behind (to be migrated, after a checked
 * backup), or ahead (written by a newer program: refused, never migrated or "repaired").
 */
public final class Schema {
    private static final String LOCATION = "classpath:db/migration";
    /** The newest migration the program carries; {@code SchemaUpgradeTest} holds it to the scripts in db/migration. */
    static final String LATEST = "19";
    private final Flyway flyway;
    private final MigrationInfoService info;

    private Schema(DataSource ds) {
        this.flyway = Flyway.configure().dataSource(ds).locations(LOCATION).load();
        this.info = flyway.info();
    }

    static Schema of(DataSource ds) {
        return new Schema(ds);
    }

    /**
     * Whether the file is at exactly this program's schema, every migration having succeeded: read from Flyway's
     * history table without starting Flyway, whose set-up and scan of the jar cost a noticeable part of a start.
     * Anything else (new, behind, ahead, a failed step) is Flyway's to judge.
     */
    static boolean current(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet history = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!history.next() || history.getInt(1) == 0) {
                    return false;
                }
            }
            try (ResultSet last = st.executeQuery("SELECT version, (SELECT count(*) FROM flyway_schema_history WHERE success = 0)"
                    + " FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                return last.next() && LATEST.equals(last.getString(1)) && last.getInt(2) == 0;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** The version the file is at ("11"); empty for a file no migration has touched. */
    public Optional<String> applied() {
        return Optional.ofNullable(info.current()).map(m -> m.getVersion().getVersion());
    }

    /** The newest version this program knows. */
    public String latest() {
        MigrationInfo[] all = info.all();
        return Arrays.stream(all).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .reduce((a, b) -> b).map(m -> m.getVersion().getVersion()).orElse("0");
    }

    /** Applied migrations this program does not have: a newer program wrote the file. */
    boolean ahead() {
        return Arrays.stream(info.applied()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
    }

    boolean behind() {
        return info.pending().length > 0;
    }

    /** Refuses a file from a newer program, naming both versions. */
    void requireNotAhead(Path file) {
        if (ahead()) {
            throw new NewerDatabaseException(file, applied().orElse("?"), latest());
        }
    }

    void migrate() {
        flyway.migrate();
    }
}
