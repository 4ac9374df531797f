package cn.banan.hrdesk.registers;

import cn.banan.hrdesk.core.Labelled;
import java.util.List;

/**
 * One field of a register: its column, kind, label key, width in characters (list and export), whether it must be
 * filled, and for a choice its values (stored by name).
 */
public record RegisterField(String column, FieldKind kind, String labelKey, int width, boolean required, List<? extends Labelled> choices) {
    public static RegisterField of(String column, FieldKind kind, String labelKey, int width, boolean required) {
        return new RegisterField(column, kind, labelKey, width, required, List.of());
    }

    public static RegisterField choice(String column, String labelKey, int width, List<? extends Labelled> choices) {
        return new RegisterField(column, FieldKind.CHOICE, labelKey, width, true, List.copyOf(choices));
    }

    /** The choice stored as {@code name}, or null. */
    public Labelled choiceNamed(String name) {
        return choices.stream().filter(c -> ((Enum<?>) c).name().equals(name)).findFirst().orElse(null);
    }
}
