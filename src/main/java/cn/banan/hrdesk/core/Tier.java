package cn.banan.hrdesk.core;

/** The three tiers of covered enterprise (SPEC §1). */
public enum Tier implements Labelled {
    T1_ELECTRONICS, T2_IT_SUPPORT, T3_DISTRICT_KEY;

    @Override
    public String labelKey() {
        return "tier." + name();
    }
}
