package cn.banan.hrdesk.office;

import cn.banan.hrdesk.core.Labelled;

/** A place in the leading group (组长, 副组长, a member unit) or in its office (主任, 副主任), in the notice's order. */
public enum GroupPosition implements Labelled {
    LEADER, DEPUTY_LEADER, OFFICE_DIRECTOR, OFFICE_DEPUTY, MEMBER_UNIT;

    @Override
    public String labelKey() {
        return "office.groupPosition." + name();
    }
}
