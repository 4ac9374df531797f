package cn.banan.hrdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DefaultConnectionProvider;

/**
 * Reads that must see the file in one state (a form's lines, events and ledger entries) run in a DEFERRED
 * transaction: it takes no write lock, so a long import does not hold it up, and nothing committed meanwhile is
 * seen halfway. The connections begin IMMEDIATE transactions for writes, so this one is begun by hand, and it
 * refuses writes (PRAGMA query_only) for as long as it lasts.
 */
public final class ConsistentRead {
    private ConsistentRead() {
    }

    /** Runs {@code reads} in one read transaction; inside a caller's transaction, it simply joins it. */
    public static <T> T of(DSLContext dsl, Function<DSLContext, T> reads) {
        return dsl.connectionResult(c -> {
            if (!c.getAutoCommit()) {
                return reads.apply(dsl);
            }
            execute(c, "BEGIN DEFERRED");
            try {
                execute(c, "PRAGMA query_only = 1");
                return reads.apply(dsl.configuration().derive(new DefaultConnectionProvider(c)).dsl());
            } finally {
                try {
                    execute(c, "PRAGMA query_only = 0");
                } finally {
                    execute(c, "COMMIT");
                }
            }
        });
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
