package cn.banan.hrdesk.office;

import cn.banan.hrdesk.core.Labelled;

/** How a member of the leading group answered a meeting: came, sent someone, or did not. */
public enum Presence implements Labelled {
    PRESENT, REPRESENTED, ABSENT;

    @Override
    public String labelKey() {
        return "office.presence." + name();
    }
}
