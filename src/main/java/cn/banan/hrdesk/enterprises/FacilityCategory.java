package cn.banan.hrdesk.enterprises;

import cn.banan.hrdesk.core.Labelled;

/** What a park's note is about: its transport, living and entertainment facilities, HR market, recruitment platform. */
public enum FacilityCategory implements Labelled {
    TRANSPORT, LIVING, ENTERTAINMENT, HR_MARKET, PLATFORM;

    @Override
    public String labelKey() {
        return "enterprises.category." + name();
    }
}
