package cn.banan.hrdesk.registry.xlsx;

import cn.banan.hrdesk.xlsx.SheetRow;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** A date cell: a real Excel date, or text as clerks type it (2014-03-10, 2014/3/10, 2014.3.10, 20140310). */
final class DateCell {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuuMMdd"));

    private DateCell() {
    }

    static Optional<LocalDate> read(SheetRow row, int column) {
        if (row.date(column) != null) {
            return Optional.of(row.date(column));
        }
        String text = row.text(column);
        for (DateTimeFormatter f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, f.withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }
}
