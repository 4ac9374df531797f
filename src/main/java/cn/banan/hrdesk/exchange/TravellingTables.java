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
    static final Set<String> APPEND_ONLY = Set.of("claim_event", "ledger_entry", "audit_entry");
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
        // conflicts first: a site that meets, in a package, a conflict its peer recorded already takes the peer's record;
        // then every table after the tables it refers to, so no row waits at commit for its parent (SQLite would look
        // for the waiting children of every parent row it takes in)
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        ordered.put(CONFLICTS, columns.get(CONFLICTS));
        while (ordered.size() < columns.size()) {
            int before = ordered.size();
            for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                if (columns.containsKey(t.getName()) && !ordered.containsKey(t.getName()) && t.getReferences().stream()
                        .map(r -> r.getKey().getTable().getName())
                        .allMatch(parent -> parent.equals(t.getName()) || ordered.containsKey(parent) || !columns.containsKey(parent))) {
                    ordered.put(t.getName(), columns.get(t.getName()));
                }
            }
            if (ordered.size() == before) {
                // tables that refer to each other: the rest in schema order (the commit still checks every reference)
                columns.forEach(ordered::putIfAbsent);
            }
        }
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
