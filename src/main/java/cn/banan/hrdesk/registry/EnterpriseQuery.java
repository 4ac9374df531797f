package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import java.time.LocalDate;

/** What the enterprise list shows: text in name or credit code, and optional tier, park and recognition. */
public record EnterpriseQuery(String text, Tier tier, Park park, Boolean recognized, LocalDate asOf) {
    public static EnterpriseQuery all(LocalDate asOf) {
        return new EnterpriseQuery("", null, null, null, asOf);
    }
}
