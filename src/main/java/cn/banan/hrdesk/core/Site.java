package cn.banan.hrdesk.core;

/** Where a copy of the program runs: the leading-group office or one of the three park committees. */
public enum Site implements Labelled {
    OFFICE, ECONOMIC_PARK, LOGISTICS_BASE, MALIU_RIVERSIDE;

    @Override
    public String labelKey() {
        return "site." + name();
    }
}
