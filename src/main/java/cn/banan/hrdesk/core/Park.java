package cn.banan.hrdesk.core;

/** Where an enterprise is located (所在园区); it decides who pays the subsidy (SPEC §3). */
public enum Park implements Labelled {
    ECONOMIC_PARK, LOGISTICS_BASE, MALIU_RIVERSIDE, NONE;

    @Override
    public String labelKey() {
        return "park." + name();
    }
}
