package cn.banan.hrdesk.people;

import cn.banan.hrdesk.core.Park;
import java.util.Locale;
import java.util.Optional;

/** What was typed: a resident ID number (found exactly) or part of a name; with the park a park's user is bounded by. */
public record PersonQuery(String text, Optional<Park> park) {
    /** 15 or 18 characters of digits (the last may be X): looked up as a number, not as a name. */
    public boolean byId() {
        return text.matches("\\d{15}|\\d{17}[\\dXx]");
    }

    public String id() {
        return text.toUpperCase(Locale.ROOT);
    }
}
