package cn.banan.hrdesk.audit;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the records an entry points at go by (an enterprise's name, a worker's, a claim's number), so a change reads
 * "用工记录：张三 · 南泉机械" rather than an id. Looked up in the background for the entries about to be shown.
 */
public final class Referents {
    public static final Referents NONE = new Referents(Map.of());

    private final Map<String, String> names;

    Referents(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** The name of the record {@code id}; the id itself when it names nothing this site holds. */
    public String nameOf(String id) {
        return names.getOrDefault(id, id);
    }

    /** A field that points at another record: {@code enterprise_id}, {@code claimant_id}, {@code row_id} …. */
    static boolean isReference(String field) {
        return field.endsWith("_id");
    }

    /** The ids the entries' reference fields hold, on either side of each change. */
    static Set<String> idsIn(Collection<AuditEntry> entries) {
        Set<String> ids = new LinkedHashSet<>();
        for (AuditEntry e : entries) {
            for (FieldChange c : FieldChange.between(e.before(), e.after())) {
                if (isReference(c.field())) {
                    if (c.before() != null) {
                        ids.add(c.before());
                    }
                    if (c.after() != null) {
                        ids.add(c.after());
                    }
                }
            }
        }
        return ids;
    }
}
