package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.core.Tier;
import java.time.LocalDate;

/** A tier in force from {@code from} to {@code to} inclusive; {@code to} null while it still holds. */
public record TierPeriod(String id, Tier tier, LocalDate from, LocalDate to) {
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
