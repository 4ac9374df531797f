package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.Labelled;

/** How a worker was recruited (招聘渠道). */
public enum Channel implements Labelled {
    BASIC_SOCIAL, EMERGENCY_SOCIAL, CAMPUS, DIRECT;

    @Override
    public String labelKey() {
        return "claims.channel." + name();
    }
}
