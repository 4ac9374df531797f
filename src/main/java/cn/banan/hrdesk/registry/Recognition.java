package cn.banan.hrdesk.registry;

import java.time.LocalDate;

/** A T3 recognition decision (认定): who decided, when, under which document, valid over which dates. */
public record Recognition(String id, String decidingUnits, LocalDate decisionDate, String documentNo,
                          LocalDate validFrom, LocalDate validTo) {
    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
