package cn.banan.hrdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import cn.banan.hrdesk.core.HybridClock;
import com.zaxxer.hikari.HikariDataSource;
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
    private final HikariDataSource pool;
    private final DSLContext dsl;
    private final AuditFunctions audit;
    private final boolean createdNow;
    private final Upgrade upgrade;
    /** Leftovers older than this are a stopped program's, not work under way. */
    static final java.time.Duration STALE = java.time.Duration.ofHours(1);

    private Database(Path file, FileLock lock, SQLiteDataSource dataSource, AuditFunctions audit, boolean createdNow, Upgrade upgrade) {
        this.createdNow = createdNow;
        this.upgrade = upgrade;
        this.file = file;
        this.lock = lock;
        this.dataSource = dataSource;
        this.audit = audit;
        this.pool = ConnectionPool.over(new CachingDataSource(dataSource), file);
        this.dsl = DSL.using(pool, SQLDialect.SQLITE);
    }

    /** Opens (creating and migrating when new) the database at {@code file} for this program alone. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create folder for " + absolute, e);
        }
        boolean createdNow = !Files.exists(absolute);
        FileLock lock = FileLock.acquire(absolute);
        try {
            Debris.sweep(absolute.getParent(), STALE);
            AuditFunctions audit = new AuditFunctions(new HybridClock(Clock.systemUTC(), 0, 0)::next);
            SQLiteDataSource ds = new Audited(config(false), audit);
            ds.setUrl("jdbc:sqlite:" + absolute);
            Upgrade upgrade = Schema.current(ds) ? null : migrated(absolute, ds, createdNow);
            Database db = new Database(absolute, lock, ds, audit, createdNow, upgrade);
            try {
                AuditTriggers.install(db.dsl);
            } catch (RuntimeException e) {
                // the file is let go below; its pooled connections first
                db.pool.close();
                throw e;
            }
            return db;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Brings a file that is not current up to the program's schema, after a checked copy; refuses a newer program's file. */
    private static Upgrade migrated(Path absolute, SQLiteDataSource ds, boolean createdNow) {
        Schema schema = Schema.of(ds);
        schema.requireNotAhead(absolute);
        Upgrade upgrade = null;
        if (schema.behind()) {
            if (!createdNow && schema.applied().isPresent()) {
                upgrade = new Upgrade(schema.applied().get(), UpgradeBackup.beside(absolute, schema.applied().get(), Clock.systemDefaultZone()));
                Backup.safetyCopy(absolute, upgrade.backup());
            }
            schema.migrate();
        }
        return upgrade;
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
        SQLiteConfig config = config(readOnly);
        SQLiteDataSource ds = readOnly ? new QueryOnly(config) : new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    private static SQLiteConfig config(boolean readOnly) {
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
        return config;
    }

    /** Connections that know the audit trail's functions (the triggers call them on every write). */
    private static final class Audited extends SQLiteDataSource {
        private final AuditFunctions functions;

        Audited(SQLiteConfig config, AuditFunctions functions) {
            super(config);
            this.functions = functions;
        }

        @Override
        public org.sqlite.SQLiteConnection getConnection(String username, String password) throws java.sql.SQLException {
            org.sqlite.SQLiteConnection c = super.getConnection(username, password);
            try {
                functions.define(c);
            } catch (java.sql.SQLException e) {
                c.close();
                throw e;
            }
            return c;
        }
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

    /**
     * Names who writes from now on in the audit trail (the signed-in user, or the command line), and where the
     * entries' versions come from (the site's clock, so they order with the rows they record).
     */
    public void attribute(Supplier<WriteAuthor> author, LongSupplier versions) {
        audit.attribute(author, versions);
    }

    /** The migration this opening made, with the checked copy taken before it; empty when the file was current or new. */
    public java.util.Optional<Upgrade> upgrade() {
        return java.util.Optional.ofNullable(upgrade);
    }

    /** Whether this program made the file when it opened it (nothing was there before). */
    public boolean createdNow() {
        return createdNow;
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

    /** Closes the pooled connections (the last one folds the write-ahead log into the file), then lets the file go. */
    @Override
    public void close() {
        try {
            pool.close();
        } finally {
            lock.close();
        }
    }
}
