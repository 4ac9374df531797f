package cn.banan.hrdesk.enterprises;

import cn.banan.hrdesk.core.Labelled;

/** Where an enterprise's request (企业诉求) stands. */
public enum RequestStatus implements Labelled {
    OPEN, IN_PROGRESS, RESOLVED;

    @Override
    public String labelKey() {
        return "enterprises.status." + name();
    }
}
