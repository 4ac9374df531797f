package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.policy.Rule;

/** Who claims: the intermediary for R1 and R2, the enterprise itself for R3 (SPEC §2). */
public enum ClaimantKind implements Labelled {
    INTERMEDIARY, ENTERPRISE;

    public static ClaimantKind of(Rule rule) {
        return rule == Rule.R3 ? ENTERPRISE : INTERMEDIARY;
    }

    @Override
    public String labelKey() {
        return "claims.claimantKind." + name();
    }
}
