package cn.banan.hrdesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One table as the audit trail records it: the key that names a row and the image of a row (its columns as a JSON
 * object, secrets and binary values as fingerprints). The triggers and the check build both from here, so they agree.
 */
public record AuditedTable(String name, List<Column> columns, List<String> key) {
    /** Their values never appear in the trail: a change shows as a different fingerprint. */
    private static final Set<String> SECRET = Set.of("password_hash", "private_key");
    /** SQLite allows at most 127 arguments to a function; an image of a wider table is made of several objects. */
    private static final int PAIRS_PER_OBJECT = 60;

    public record Column(String name, boolean binary) {
    }

    /** The row key as text: the id, or the primary key's columns joined by '/', or the rowid. */
    public String keyOf(String alias) {
        if (key.isEmpty()) {
            return "CAST(" + alias + ".rowid AS TEXT)";
        }
        List<String> parts = key.stream().map(k -> "CAST(" + alias + ".\"" + k + "\" AS TEXT)").toList();
        return String.join(" || '/' || ", parts);
    }

    /** The row as a JSON object, in column order. */
    public String imageOf(String alias) {
        List<String> objects = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        for (Column c : columns) {
            String value = alias + ".\"" + c.name() + "\"";
            pairs.add("'" + c.name() + "', " + (c.binary() || SECRET.contains(c.name()) ? "audit_digest(" + value + ")" : value));
            if (pairs.size() == PAIRS_PER_OBJECT) {
                objects.add("json_object(" + String.join(", ", pairs) + ")");
                pairs.clear();
            }
        }
        if (!pairs.isEmpty() || objects.isEmpty()) {
            objects.add("json_object(" + String.join(", ", pairs) + ")");
        }
        String image = objects.get(0);
        for (int i = 1; i < objects.size(); i++) {
            image = "json_patch(" + image + ", " + objects.get(i) + ")";
        }
        return image;
    }

    /** True when some column differs between the two aliases (an update that changed nothing is not recorded). */
    public String changed(String before, String after) {
        return String.join(" OR ", columns.stream().map(c -> before + ".\"" + c.name() + "\" IS NOT " + after + ".\"" + c.name() + "\"").toList());
    }
}
