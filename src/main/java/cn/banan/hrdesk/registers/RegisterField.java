package cn.banan.hrdesk.registers;

import cn.banan.hrdesk.core.Labelled;
import java.util.List;
import org.jooq.TableField;

/**
 * One field of a register: its column, kind, label key, width in characters (list and export), whether it must be
 * filled, for a choice its values (stored by name), and for a row of another register the link to it.
 */
public record RegisterField(String column, FieldKind kind, String labelKey, int width, boolean required, List<? extends Labelled> choices,
                           RowLink link) {
    public static RegisterField of(String column, FieldKind kind, String labelKey, int width, boolean required) {
        return new RegisterField(column, kind, labelKey, width, required, List.of(), null);
    }

    public static RegisterField choice(String column, String labelKey, int width, List<? extends Labelled> choices) {
        return new RegisterField(column, FieldKind.CHOICE, labelKey, width, true, List.copyOf(choices), null);
    }

    /** A row of the register {@code link} names, picked from a list (a follow-up action's meeting, say); always required. */
    public static RegisterField row(String column, String labelKey, int width, RowLink link) {
        return new RegisterField(column, FieldKind.ROW, labelKey, width, true, List.of(), link);
    }

    /** The same, named by a generated column: a renamed column no longer compiles. */
    public static RegisterField of(TableField<?, ?> column, FieldKind kind, String labelKey, int width, boolean required) {
        return of(column.getName(), kind, labelKey, width, required);
    }

    public static RegisterField choice(TableField<?, String> column, String labelKey, int width, List<? extends Labelled> choices) {
        return choice(column.getName(), labelKey, width, choices);
    }

    /** The choice stored as {@code name}, or null. */
    public Labelled choiceNamed(String name) {
        return choices.stream().filter(c -> ((Enum<?>) c).name().equals(name)).findFirst().orElse(null);
    }
}
