package cn.banan.hrdesk.office;

import static cn.banan.hrdesk.registers.FieldKind.COUNT;
import static cn.banan.hrdesk.registers.FieldKind.DATE;
import static cn.banan.hrdesk.registers.FieldKind.LONG_TEXT;
import static cn.banan.hrdesk.registers.FieldKind.PHONE;
import static cn.banan.hrdesk.registers.FieldKind.TEXT;

import cn.banan.hrdesk.registers.RegisterField;
import cn.banan.hrdesk.registers.RegisterRow;
import cn.banan.hrdesk.registers.RegisterSpec;
import cn.banan.hrdesk.registers.RowLink;
import cn.banan.hrdesk.security.Action;
import java.time.LocalDate;
import java.util.List;

/** 综合管理部's registers (SPEC §5–6), the work-fund account aside. */
public final class OfficeRegisters {
    public static final RegisterSpec STAFF = new RegisterSpec("staff", "staff_member", "office.staff.title", "office.staff.file",
            Action.EDIT_OFFICE, List.of(
                    RegisterField.of("name", TEXT, "office.staff.name", 10, true),
                    RegisterField.choice("kind", "office.staff.kind", 8, List.of(StaffKind.values())),
                    RegisterField.of("unit", TEXT, "office.staff.unit", 16, true),
                    RegisterField.of("department", TEXT, "office.staff.department", 10, false),
                    RegisterField.of("post", TEXT, "office.staff.post", 12, false),
                    RegisterField.of("phone", PHONE, "office.staff.phone", 13, false)),
            "kind", List.of());

    /** A follow-up action's meeting, offered and shown as its date and title. */
    private static final RowLink MEETING = new RowLink("meeting", "held_on || ' ' || title", "held_on");

    public static final RegisterSpec MEETINGS = new RegisterSpec("meetings", "meeting", "office.meetings.title", "office.meetings.file",
            Action.EDIT_OFFICE, List.of(
                    RegisterField.of("held_on", DATE, "office.meeting.date", 10, true),
                    RegisterField.of("title", TEXT, "office.meeting.title", 24, true),
                    RegisterField.of("attendees", LONG_TEXT, "office.meeting.attendees", 24, false),
                    RegisterField.of("topics", LONG_TEXT, "office.meeting.topics", 24, false),
                    RegisterField.of("decisions", LONG_TEXT, "office.meeting.decisions", 30, false)),
            "held_on", List.of());

    public static final RegisterSpec ACTIONS = new RegisterSpec("actions", "meeting_action", "office.actions.title", "office.actions.file",
            Action.EDIT_OFFICE, List.of(
                    RegisterField.row("meeting_id", "office.action.meeting", 22, MEETING),
                    RegisterField.of("action", TEXT, "office.action.action", 26, true),
                    RegisterField.of("owner", TEXT, "office.action.owner", 10, true),
                    RegisterField.of("due_on", DATE, "office.action.due", 10, true),
                    RegisterField.of("done_on", DATE, "office.action.done", 10, false)),
            "due_on", List.of());

    public static final RegisterSpec PUBLICITY = new RegisterSpec("publicity", "publicity", "office.publicity.title", "office.publicity.file",
            Action.EDIT_OFFICE, List.of(
                    RegisterField.choice("channel", "office.publicity.channel", 10, List.of(PublicityChannel.values())),
                    RegisterField.of("held_on", DATE, "office.publicity.date", 10, true),
                    RegisterField.of("place", TEXT, "office.publicity.place", 14, false),
                    RegisterField.of("target_groups", TEXT, "office.publicity.groups", 14, false),
                    RegisterField.of("topics", TEXT, "office.publicity.topics", 18, false),
                    RegisterField.of("reach", COUNT, "office.publicity.reach", 8, false),
                    RegisterField.of("registered", COUNT, "office.publicity.registered", 8, false)),
            "held_on", List.of());

    /** Work-fund spending, declared on the generated table; once a disbursement request covers it, it stays as it was. */
    public static final RegisterSpec EXPENDITURES = WorkFundRepository.EXPENDITURES;

    private OfficeRegisters() {
    }

    /** Not done and past its due date on {@code today}. */
    public static boolean overdue(RegisterRow action, LocalDate today) {
        return action.get("done_on") == null && action.get("due_on") instanceof LocalDate due && due.isBefore(today);
    }
}
