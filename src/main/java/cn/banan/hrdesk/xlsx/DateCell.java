package cn.banan.hrdesk.xlsx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** A date cell: a real Excel date, or text as clerks type it (2014-03-10, 2014/3/10, 2014.3.10, 20140310). */
public final class DateCell {
    private static final List<DateTimeFormatter> FORMATS = java.util.stream.Stream.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuuMMdd")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(java.time.format.ResolverStyle.STRICT)).toList();

    private DateCell() {
    }

    public static Optional<LocalDate> read(SheetRow row, int column) {
        if (row.date(column) != null) {
            return Optional.of(row.date(column));
        }
        return parse(row.text(column));
    }

    /** Text as clerks type a date; empty when it is not one. */
    public static Optional<LocalDate> parse(String text) {
        for (DateTimeFormatter f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, f));
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }
}
