package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.core.CreditCode;
import cn.banan.hrdesk.core.Park;

/** A key enterprise (重点企业) as registered; {@code id} is null until it is stored. */
public record Enterprise(String id, String name, CreditCode creditCode, Park park, String address, String industry,
                         String note) {
    public Enterprise withId(String newId) {
        return new Enterprise(newId, name, creditCode, park, address, industry, note);
    }
}
