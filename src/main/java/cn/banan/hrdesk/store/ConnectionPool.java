package cn.banan.hrdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * A few connections kept open, so that a connection's prepared statements and page cache outlive one query.
 * SQLite lets one connection write at a time: a write transaction takes the lock when it begins and the others
 * wait out the busy timeout, while reads go on beside it (write-ahead log). More connections than the threads
 * that read at once would only hold more page cache.
 */
final class ConnectionPool {
    static final int SIZE = 4;

    private ConnectionPool() {
    }

    static HikariDataSource over(DataSource connections, Path file) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(connections);
        config.setPoolName("hrdesk " + file.getFileName());
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(1);
        // A file does not drop connections as a server does: keep them until the program closes the database.
        config.setMaxLifetime(0);
        config.setKeepaliveTime(0);
        // A thread waits this long for a free connection; a writer waits for the lock by SQLite's busy timeout.
        config.setConnectionTimeout(30_000);
        return new HikariDataSource(config);
    }
}
