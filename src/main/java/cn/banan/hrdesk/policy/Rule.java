package cn.banan.hrdesk.policy;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Tier;

/** The notice's three subsidy rules (SPEC §2), each for one tier of enterprise. */
public enum Rule implements Labelled {
    /** 送工奖励: per delivery to a T1 enterprise counted toward a city task; paid to the intermediary. */
    R1(Tier.T1_ELECTRONICS),
    /** Per whole month employed at a T2 enterprise, capped; paid to the intermediary. */
    R2(Tier.T2_IT_SUPPORT),
    /** Per new hire retained at a recognised T3 enterprise; paid to the enterprise. */
    R3(Tier.T3_DISTRICT_KEY);

    private final Tier tier;

    Rule(Tier tier) {
        this.tier = tier;
    }

    public Tier tier() {
        return tier;
    }

    @Override
    public String labelKey() {
        return "policy.rule." + name();
    }
}
