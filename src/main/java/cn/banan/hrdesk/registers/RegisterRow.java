package cn.banan.hrdesk.registers;

import java.util.Map;

/** A row of a register: its id and its values by column (String, Long, LocalDate or the choice's enum constant). */
public record RegisterRow(String id, Map<String, Object> values) {
    public Object get(String column) {
        return values.get(column);
    }

    public long count(String column) {
        Object v = values.get(column);
        return v instanceof Number n ? n.longValue() : 0;
    }
}
