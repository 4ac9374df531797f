package cn.banan.hrdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The open database file: locked against a second instance, migrated, with the pragmas of DESIGN §3. */
public final class Database implements AutoCloseable {
    private final Path file;
    private final FileLock lock;
    private final SQLiteDataSource dataSource;
    private final DSLContext dsl;

    private Database(Path file, FileLock lock, SQLiteDataSource dataSource) {
        this.file = file;
        this.lock = lock;
        this.dataSource = dataSource;
        this.dsl = DSL.using(new CachingDataSource(dataSource), SQLDialect.SQLITE);
    }

    /** Opens (creating and migrating when new) the database at {@code file} for this program alone. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create folder for " + absolute, e);
        }
        FileLock lock = FileLock.acquire(absolute);
        try {
            SQLiteDataSource ds = dataSource(absolute, false);
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            return new Database(absolute, lock, ds);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Reads an existing database without locking, migrating or writing it (the policy calculator reads the
     * parameter versions of a database another instance may have open).
     */
    public static DSLContext readOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MissingDatabaseException(file);
        }
        return DSL.using(dataSource(file.toAbsolutePath(), true), SQLDialect.SQLITE);
    }

    static SQLiteDataSource dataSource(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5000);
        // Take the write lock when a transaction begins: a read-then-write transaction that has to upgrade
        // later gets SQLITE_BUSY at once instead of waiting out the busy timeout.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // A 64 MB page cache (native memory, not the Java heap): a large roster import's indexes stay in memory
        // instead of spilling dirty pages to the WAL in the middle of its one transaction.
        config.setCacheSize(-64 * 1024);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        SQLiteDataSource ds = readOnly ? new QueryOnly(config) : new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    /**
     * Connections that refuse every write (PRAGMA query_only). Not SQLite's read-only open: a read-only connection
     * cannot tidy up on closing, so it left -wal and -shm files beside a database no one else had open.
     */
    private static final class QueryOnly extends SQLiteDataSource {
        QueryOnly(SQLiteConfig config) {
            super(config);
        }

        @Override
        public org.sqlite.SQLiteConnection getConnection(String username, String password) throws java.sql.SQLException {
            org.sqlite.SQLiteConnection c = super.getConnection(username, password);
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("PRAGMA query_only = 1");
            } catch (java.sql.SQLException e) {
                c.close();
                throw e;
            }
            return c;
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path file() {
        return file;
    }

    SQLiteDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        lock.close();
    }
}
