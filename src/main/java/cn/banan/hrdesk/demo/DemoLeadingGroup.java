package cn.banan.hrdesk.demo;

import cn.banan.hrdesk.office.GroupPosition;
import cn.banan.hrdesk.office.LeadingGroupRegisters;
import cn.banan.hrdesk.office.Presence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The leading group as the notice set it up (titles, not names): 组长, two 副组长, the office's 主任 and 副主任, the seven
 * member units with their liaisons; one 副组长 changes mid-way, so months before and after read differently; and who
 * came to each demo meeting.
 */
final class DemoLeadingGroup {
    private final DemoRows rows;
    private final DemoNames names;
    private final Random random;

    DemoLeadingGroup(DemoRows rows, DemoNames names, Random random) {
        this.rows = rows;
        this.names = names;
        this.random = random;
    }

    /** {@code since}: the day the group was set up; {@code change}: the day the second 副组长 was replaced. */
    void fill(LocalDate since, LocalDate change, List<String> meetingIds, List<LocalDate> heldOn) {
        List<String> members = new ArrayList<>();
        members.add(member(GroupPosition.LEADER, names.text("group.leader"), since, null));
        List<String> deputies = names.list("group.deputies");
        members.add(member(GroupPosition.DEPUTY_LEADER, deputies.get(0), since, null));
        String leaving = member(GroupPosition.DEPUTY_LEADER, deputies.get(1), since, change.minusDays(1));
        String coming = member(GroupPosition.DEPUTY_LEADER, names.text("group.successor"), change, null);
        members.add(member(GroupPosition.OFFICE_DIRECTOR, names.text("group.director"), since, null));
        for (String d : names.list("group.officeDeputies")) {
            members.add(member(GroupPosition.OFFICE_DEPUTY, d, since, null));
        }
        for (String unit : names.list("group.memberUnits")) {
            members.add(rows.put(LeadingGroupRegisters.MEMBERS, "position", GroupPosition.MEMBER_UNIT, "unit", unit, "name",
                    names.text("group.unitHead"), "liaison", names.text("group.liaison"),
                    "liaison_phone", "023-6" + (1000000 + random.nextInt(8999999)), "serves_from", since, "serves_to", null));
        }
        for (int m = 0; m < meetingIds.size(); m++) {
            List<String> present = new ArrayList<>(members);
            present.add(heldOn.get(m).isBefore(change) ? leaving : coming);
            for (int i = 0; i < present.size(); i++) {
                Presence p = i == 0 && m % 2 == 1 ? Presence.REPRESENTED : i == present.size() - 2 && m == 1 ? Presence.ABSENT : Presence.PRESENT;
                rows.put(LeadingGroupRegisters.ATTENDANCE, "meeting_id", meetingIds.get(m), "member_id", present.get(i), "presence", p,
                        "stand_in", p == Presence.REPRESENTED ? names.text("group.standIn") : "", "note", "");
            }
        }
    }

    /** A place held, from "unit|title". */
    private String member(GroupPosition position, String unitAndTitle, LocalDate from, LocalDate to) {
        String[] parts = unitAndTitle.split("\\|");
        return rows.put(LeadingGroupRegisters.MEMBERS, "position", position, "unit", parts[0], "name", parts[1],
                "liaison", "", "liaison_phone", "", "serves_from", from, "serves_to", to);
    }
}
