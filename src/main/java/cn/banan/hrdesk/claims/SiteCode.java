package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.Site;

/** The short site code in claim numbers (2014-OFC-0001), so numbers made at different sites never collide. */
public final class SiteCode {
    private SiteCode() {
    }

    public static String of(Site site) {
        return switch (site) {
            case OFFICE -> "OFC";
            case ECONOMIC_PARK -> "EPK";
            case LOGISTICS_BASE -> "LGB";
            case MALIU_RIVERSIDE -> "MLR";
        };
    }
}
