package cn.banan.hrdesk.core;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An instant as stored: UTC, always to the millisecond ("2026-12-02T19:50:01.120Z"). {@code Instant.toString()}
 * drops trailing zeros ("…:01.12Z", "…:01Z"), and such strings sort out of time order ("01Z" after "01.005Z"),
 * which put a claim's events out of order when two fell in one second.
 */
public final class UtcTimestamp {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(BusinessTime.ZONE);
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private UtcTimestamp() {
    }

    public static String of(Instant instant) {
        return FORMAT.format(instant);
    }

    public static String now(Clock clock) {
        return of(Instant.now(clock));
    }

    /** A stored time as a person in the district reads it (Beijing time, to the minute); what is not a time, as it is. */
    public static String local(String stored) {
        if (stored == null) {
            return "";
        }
        try {
            return LOCAL.format(Instant.parse(stored));
        } catch (java.time.format.DateTimeParseException e) {
            return stored;
        }
    }
}
