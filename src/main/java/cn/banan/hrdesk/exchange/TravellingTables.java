package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.store.generated.DefaultSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Which tables travel (those with the travelling columns, DESIGN §3) and which of their columns: all but the ones
 * that say how this database holds the row (sync_held). Read from the schema, so a new register travels by itself.
 */
final class TravellingTables {
    static final String HELD = "sync_held";
    static final String CONFLICTS = "sync_conflict";
    static final Set<String> APPEND_ONLY = Set.of("claim_event", "ledger_entry");
    static final Set<String> REQUIRED = Set.of("id", "origin_site", "version", "updated_at", "deleted");
    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    private final Set<String> held = new java.util.HashSet<>();

    TravellingTables() {
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (t.field("origin_site") != null && t.field("version") != null) {
                List<String> names = new ArrayList<>();
                for (Field<?> f : t.fields()) {
                    if (f.getName().equals(HELD)) {
                        held.add(t.getName());
                    } else {
                        names.add(f.getName());
                    }
                }
                columns.put(t.getName(), List.copyOf(names));
            }
        }
        // conflicts first: a site that meets, in a package, a conflict its peer recorded already takes the peer's record
        List<String> conflict = columns.remove(CONFLICTS);
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        ordered.put(CONFLICTS, conflict);
        ordered.putAll(columns);
        columns.clear();
        columns.putAll(ordered);
    }

    Set<String> names() {
        return columns.keySet();
    }

    boolean travels(String table) {
        return columns.containsKey(table);
    }

    List<String> columns(String table) {
        return columns.get(table);
    }

    boolean holdable(String table) {
        return held.contains(table);
    }
}
