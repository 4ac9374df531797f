package cn.banan.hrdesk.store;

import java.util.Map;
import java.util.Optional;

/**
 * Ids made from what a row is, for rows that two sites could each make for the same thing: the same city task number
 * taken in at a park and at the office is one task, so both sites give it the same id and the exchange merges them.
 */
public final class NaturalIds {
    private NaturalIds() {
    }

    public static Optional<String> of(String table, Map<String, Object> values) {
        if (table.equals("recruitment_task") && values.get("task_no") instanceof String no && !no.isBlank()) {
            return Optional.of("task:" + no.strip());
        }
        return Optional.empty();
    }
}
