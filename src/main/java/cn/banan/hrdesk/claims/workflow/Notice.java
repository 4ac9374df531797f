package cn.banan.hrdesk.claims.workflow;

import java.time.LocalDate;

/** A 公示: its number and the period (both days included) in which objections may be raised and nothing is paid. */
public record Notice(String id, String noticeNo, LocalDate startsOn, LocalDate endsOn) {
    /** Payment may be made from the day after the period. */
    public boolean over(LocalDate day) {
        return day.isAfter(endsOn);
    }
}
