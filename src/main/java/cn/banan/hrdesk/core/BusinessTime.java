package cn.banan.hrdesk.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The district's time. Every day the program records or prints (a step, a ledger entry, a form, "today") is a day
 * in Chongqing, whatever zone the PC's clock is set to, so a step shows the same date in its history, on its form
 * and in the ledger.
 */
public final class BusinessTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }

    /** The real clock, in the district's zone. */
    public static Clock systemClock() {
        return Clock.system(ZONE);
    }

    /** Today in the district, for code that has no clock handed to it (the command line's checks). */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
