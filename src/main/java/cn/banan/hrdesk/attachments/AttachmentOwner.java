package cn.banan.hrdesk.attachments;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.security.Action;

/** What a file can be attached to, the table that keeps it, and who may attach to it (those who may change it). */
public enum AttachmentOwner implements Labelled {
    CLAIM("claim", Action.INTAKE_CLAIMS),
    PLACEMENT("placement", Action.EDIT_PLACEMENTS),
    RECOGNITION("enterprise_recognition", Action.EDIT_RECOGNITION_AND_RETENTION),
    EXPENDITURE("work_fund_expenditure", Action.EDIT_OFFICE),
    MEETING("meeting", Action.EDIT_OFFICE);

    private final String table;
    private final Action edit;

    AttachmentOwner(String table, Action edit) {
        this.table = table;
        this.edit = edit;
    }

    public String table() {
        return table;
    }

    public Action edit() {
        return edit;
    }

    @Override
    public String labelKey() {
        return "attachments.owner." + name();
    }
}
