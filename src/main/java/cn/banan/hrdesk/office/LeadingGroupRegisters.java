package cn.banan.hrdesk.office;

import static cn.banan.hrdesk.registers.FieldKind.DATE;
import static cn.banan.hrdesk.registers.FieldKind.PHONE;
import static cn.banan.hrdesk.registers.FieldKind.TEXT;

import cn.banan.hrdesk.registers.RegisterField;
import cn.banan.hrdesk.registers.RegisterRow;
import cn.banan.hrdesk.registers.RegisterSpec;
import cn.banan.hrdesk.registers.RowLink;
import cn.banan.hrdesk.security.Action;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The leading group as 综合管理部 keeps it: each place held, by whom and from when to when, and who of the group came
 * to each meeting. A change of person is a new row with its dates, so any month's group can be read back.
 */
public final class LeadingGroupRegisters {
    public static final RegisterSpec MEMBERS = new RegisterSpec("leadingGroup", "leading_group_member", "office.group.title",
            "office.group.file", Action.EDIT_OFFICE, List.of(
                    RegisterField.choice("position", "office.group.position", 9, List.of(GroupPosition.values())),
                    RegisterField.of("unit", TEXT, "office.group.unit", 14, true),
                    RegisterField.of("name", TEXT, "office.group.name", 14, false),
                    RegisterField.of("liaison", TEXT, "office.group.liaison", 10, false),
                    RegisterField.of("liaison_phone", PHONE, "office.group.liaisonPhone", 13, false),
                    RegisterField.of("serves_from", DATE, "office.group.from", 10, true),
                    RegisterField.of("serves_to", DATE, "office.group.to", 10, false)),
            "serves_from", List.of());

    private static final RowLink MEETING = new RowLink("meeting", "held_on || ' ' || title", "held_on");
    private static final RowLink MEMBER = new RowLink("leading_group_member", "unit || ' ' || name", "serves_from");

    public static final RegisterSpec ATTENDANCE = new RegisterSpec("attendance", "meeting_attendance", "office.attendance.title",
            "office.attendance.file", Action.EDIT_OFFICE, List.of(
                    RegisterField.row("meeting_id", "office.attendance.meeting", 22, MEETING),
                    RegisterField.row("member_id", "office.attendance.member", 22, MEMBER),
                    RegisterField.choice("presence", "office.attendance.presence", 8, List.of(Presence.values())),
                    RegisterField.of("stand_in", TEXT, "office.attendance.standIn", 12, false),
                    RegisterField.of("note", TEXT, "office.attendance.note", 16, false)),
            "meeting_id", List.of());

    private LeadingGroupRegisters() {
    }

    /** Whether the member's time in the group overlaps {@code month}. */
    public static boolean servesIn(RegisterRow member, YearMonth month) {
        LocalDate from = (LocalDate) member.get("serves_from");
        LocalDate to = (LocalDate) member.get("serves_to");
        return from != null && !from.isAfter(month.atEndOfMonth()) && (to == null || !to.isBefore(month.atDay(1)));
    }
}
