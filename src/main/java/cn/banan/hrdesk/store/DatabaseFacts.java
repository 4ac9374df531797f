package cn.banan.hrdesk.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** How big and how new a database is, for 关于 and support: its schema version and how many rows its main tables hold. */
public final class DatabaseFacts {
    private DatabaseFacts() {
    }

    public static String schemaVersion(DSLContext dsl) {
        return String.valueOf(dsl.fetchValue("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1"));
    }

    /** Rows per table, in the order asked. */
    public static Map<String, Integer> counts(DSLContext dsl, List<String> tables) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, dsl.fetchCount(DSL.table(DSL.name(table))));
        }
        return counts;
    }
}
