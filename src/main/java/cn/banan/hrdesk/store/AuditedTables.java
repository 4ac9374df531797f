package cn.banan.hrdesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Every table the audit trail covers, read from the file's schema as it is now. */
public final class AuditedTables {
    /**
     * Not recorded: the trail itself; the ledger's balances (derived from its entries; `ledger verify` recomputes them);
     * Flyway's history; and the exchange's own bookkeeping (the change log, the applying marker, the peers' counters,
     * the package log and the witnesses), which is a record of its own and changes with every package: were it
     * recorded, each package taken in would leave entries to send back, and two sites would never be even.
     */
    private static final Set<String> NOT_AUDITED = Set.of("audit_entry", "audit_table", "change_log", "exchange_applying",
            "exchange_peer", "exchange_package", "attachment_delivery", "chain_witness", "audit_witness", "ledger_balance", "flyway_schema_history");

    private AuditedTables() {
    }

    public static List<AuditedTable> read(DSLContext dsl) {
        List<AuditedTable> tables = new ArrayList<>();
        for (String name : dsl.fetch("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                .getValues(0, String.class)) {
            if (!NOT_AUDITED.contains(name)) {
                tables.add(describe(dsl, name));
            }
        }
        return tables;
    }

    /** The audited tables with a column {@code <table>_id}: their rows belong to a row of {@code table}. */
    public static List<String> childrenOf(DSLContext dsl, String table) {
        String column = table + "_id";
        return read(dsl).stream().filter(t -> t.columns().stream().anyMatch(c -> c.name().equals(column))).map(AuditedTable::name).toList();
    }

    static AuditedTable describe(DSLContext dsl, String name) {
        List<AuditedTable.Column> columns = new ArrayList<>();
        TreeMap<Integer, String> pk = new TreeMap<>();
        boolean hasId = false;
        for (Record r : dsl.fetch("SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid", name)) {
            String column = r.get(0, String.class);
            columns.add(new AuditedTable.Column(column, "BLOB".equalsIgnoreCase(r.get(1, String.class))));
            hasId |= column.equals("id");
            int place = r.get(2, Integer.class);
            if (place > 0) {
                pk.put(place, column);
            }
        }
        List<String> key = hasId ? List.of("id") : List.copyOf(pk.values());
        return new AuditedTable(name, List.copyOf(columns), key);
    }
}
