package cn.banan.hrdesk.policy;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Park;

/** Who pays (SPEC §3): the park committee where the enterprise is, else the district industrial development fund. */
public enum FundingSource implements Labelled {
    ECONOMIC_PARK, LOGISTICS_BASE, MALIU_RIVERSIDE, DISTRICT_FUND;

    public static FundingSource of(Park park) {
        return switch (park) {
            case ECONOMIC_PARK -> ECONOMIC_PARK;
            case LOGISTICS_BASE -> LOGISTICS_BASE;
            case MALIU_RIVERSIDE -> MALIU_RIVERSIDE;
            case NONE -> DISTRICT_FUND;
        };
    }

    @Override
    public String labelKey() {
        return "policy.funding." + name();
    }
}
