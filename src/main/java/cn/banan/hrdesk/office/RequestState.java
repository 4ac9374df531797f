package cn.banan.hrdesk.office;

import cn.banan.hrdesk.core.Labelled;

/** A disbursement request (据实拨付): made, approved by finance, disbursed. */
public enum RequestState implements Labelled {
    REQUESTED, APPROVED, DISBURSED;

    @Override
    public String labelKey() {
        return "office.request." + name();
    }
}
