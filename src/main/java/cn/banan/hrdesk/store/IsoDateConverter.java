package cn.banan.hrdesk.store;

import java.time.LocalDate;
import org.jooq.impl.AbstractConverter;

/** Dates live in SQLite as ISO {@code YYYY-MM-DD} text (STRICT tables have no DATE type). */
public final class IsoDateConverter extends AbstractConverter<String, LocalDate> {
    public IsoDateConverter() {
        super(String.class, LocalDate.class);
    }

    @Override
    public LocalDate from(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    @Override
    public String to(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
