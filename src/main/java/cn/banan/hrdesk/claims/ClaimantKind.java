package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.policy.Rule;

/** Who claims: the intermediary for R1 and R2, the enterprise itself for R3 (SPEC §2). */
public enum ClaimantKind {
    INTERMEDIARY, ENTERPRISE;

    public static ClaimantKind of(Rule rule) {
        return rule == Rule.R3 ? ENTERPRISE : INTERMEDIARY;
    }
}
