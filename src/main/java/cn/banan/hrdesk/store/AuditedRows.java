package cn.banan.hrdesk.store;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Compares every row of the audited tables with the image this site's trail last recorded of it. Every write made
 * here, whether by a person, the command line or an applied package, leaves an entry here, so a row that differs
 * was written past the program: changed, added or removed by hand. Fields the image does not hold (a column a later
 * migration added) are not compared.
 */
public final class AuditedRows {
    public enum Kind { CHANGED, ADDED, REMOVED }

    /** A row that differs from its last recorded image; {@code fields}: the columns that differ (for CHANGED). */
    public record Difference(String table, String rowId, Kind kind, List<String> fields) {
    }

    private AuditedRows() {
    }

    /** The differences found, at most {@code limit} (the first ones tell what happened). */
    public static List<Difference> differences(DSLContext dsl, String site, int limit) {
        List<Difference> found = new ArrayList<>();
        for (AuditedTable t : AuditedTables.read(dsl)) {
            if (found.size() >= limit) {
                break;
            }
            check(dsl, site, t, limit, found);
        }
        return found;
    }

    private static void check(DSLContext dsl, String site, AuditedTable t, int limit, List<Difference> found) {
        String last = "(SELECT row_id, op, after, max(seq) FROM audit_entry WHERE origin_site = ? AND table_name = ? GROUP BY row_id)";
        String image = t.imageOf("t");
        for (Record r : dsl.fetch("SELECT " + t.keyOf("t") + ", a.after, " + image + " FROM \"" + t.name() + "\" t LEFT JOIN " + last
                + " a ON a.row_id = " + t.keyOf("t") + " WHERE a.after IS NULL OR a.after IS NOT " + image, site, t.name())) {
            if (found.size() >= limit) {
                return;
            }
            String recorded = r.get(1, String.class);
            if (recorded == null) {
                found.add(new Difference(t.name(), r.get(0, String.class), Kind.ADDED, List.of()));
                continue;
            }
            List<String> fields = dsl.fetch("SELECT o.key FROM json_each(?) o WHERE json_type(?, '$.\"' || o.key || '\"') IS NOT NULL"
                    + " AND o.value IS NOT json_extract(?, '$.\"' || o.key || '\"')", recorded, r.get(2, String.class), r.get(2, String.class))
                    .getValues(0, String.class);
            if (!fields.isEmpty()) {
                found.add(new Difference(t.name(), r.get(0, String.class), Kind.CHANGED, fields));
            }
        }
        for (Record r : dsl.fetch("SELECT a.row_id FROM " + last + " a WHERE a.op <> 'DELETE' AND NOT EXISTS (SELECT 1 FROM \""
                + t.name() + "\" t WHERE " + t.keyOf("t") + " = a.row_id)", site, t.name())) {
            if (found.size() >= limit) {
                return;
            }
            found.add(new Difference(t.name(), r.get(0, String.class), Kind.REMOVED, List.of()));
        }
    }
}
