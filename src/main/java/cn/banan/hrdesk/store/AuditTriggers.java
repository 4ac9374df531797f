package cn.banan.hrdesk.store;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Makes the triggers that record every insert, update and delete of each audited table, from the schema as it is
 * when the program opens the file: a migration that adds a column or a table is covered at the next start without
 * anyone writing a trigger by hand. A table met for the first time has its rows recorded once (BASELINE), so every
 * row has an image to be checked against. A trigger that differs from the one the schema calls for (dropped, or
 * changed by another tool) is made again.
 */
final class AuditTriggers {
    private AuditTriggers() {
    }

    static void install(DSLContext dsl) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            List<AuditedTable> tables = AuditedTables.read(tx);
            Set<String> names = tables.stream().map(AuditedTable::name).collect(Collectors.toSet());
            for (String[] trigger : tx.fetch("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_audit\\_%' ESCAPE '\\'")
                    .map(r -> new String[] {r.get(0, String.class), r.get(1, String.class)})) {
                if (!names.contains(trigger[1])) {
                    tx.execute("DROP TRIGGER \"" + trigger[0] + "\"");
                }
            }
            for (AuditedTable t : tables) {
                ensure(tx, t.name() + "_audit_insert", "AFTER INSERT ON \"" + t.name() + "\" BEGIN INSERT INTO audit_write VALUES ('"
                        + t.name() + "', " + t.keyOf("NEW") + ", 'INSERT', NULL, " + t.imageOf("NEW") + "); END");
                ensure(tx, t.name() + "_audit_update", "AFTER UPDATE ON \"" + t.name() + "\" WHEN " + t.changed("OLD", "NEW")
                        + " BEGIN INSERT INTO audit_write VALUES ('" + t.name() + "', " + t.keyOf("NEW") + ", 'UPDATE', "
                        + t.imageOf("OLD") + ", " + t.imageOf("NEW") + "); END");
                ensure(tx, t.name() + "_audit_delete", "AFTER DELETE ON \"" + t.name() + "\" BEGIN INSERT INTO audit_write VALUES ('"
                        + t.name() + "', " + t.keyOf("OLD") + ", 'DELETE', " + t.imageOf("OLD") + ", NULL); END");
            }
            baseline(tx, tables);
        });
    }

    /**
     * Records once the rows of each table the trail has not met before, so every row has an image to be checked
     * against. Waits until the file has a site: the rows belong to that site's chain.
     */
    static void baseline(DSLContext dsl) {
        baseline(dsl, AuditedTables.read(dsl));
    }

    private static void baseline(DSLContext dsl, List<AuditedTable> tables) {
        if (dsl.fetchOptional("SELECT 1 FROM local_setting WHERE key = 'site'").isEmpty()) {
            return;
        }
        for (AuditedTable t : tables) {
            if (dsl.fetchOptional("SELECT 1 FROM audit_table WHERE table_name = ?", t.name()).isEmpty()) {
                dsl.execute("INSERT INTO audit_write SELECT '" + t.name() + "', " + t.keyOf("t") + ", 'BASELINE', NULL, "
                        + t.imageOf("t") + " FROM \"" + t.name() + "\" t");
                dsl.execute("INSERT INTO audit_table (table_name, since) VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))", t.name());
            }
        }
    }

    private static void ensure(DSLContext dsl, String name, String body) {
        String sql = "CREATE TRIGGER \"" + name + "\" " + body;
        String stored = dsl.fetchOptional("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", name)
                .map(r -> r.get(0, String.class)).orElse(null);
        if (!sql.equals(stored)) {
            if (stored != null) {
                dsl.execute("DROP TRIGGER \"" + name + "\"");
            }
            dsl.execute(sql);
        }
    }
}
