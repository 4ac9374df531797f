package cn.banan.hrdesk.demo;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.enterprises.EnterpriseServiceRegisters;
import cn.banan.hrdesk.enterprises.FacilityCategory;
import cn.banan.hrdesk.enterprises.RequestStatus;
import cn.banan.hrdesk.office.OfficeRegisters;
import cn.banan.hrdesk.office.PublicityChannel;
import cn.banan.hrdesk.office.StaffKind;
import cn.banan.hrdesk.registers.RegisterRepository;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.registers.RegisterSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;

/**
 * 企业服务部 and 综合管理部 in the demo: requests (some overdue), park facilities, six months of headcounts for a dozen
 * key enterprises, demand verified (and so in the registry), the staff roster by role title, meetings with follow-up actions, publicity.
 */
final class DemoDepartments {
    private final DSLContext tx;
    private final DemoRows rows;
    private final RegisterService registerService;
    private final DemoNames names;
    private final Random random;
    private final LocalDate today;

    private final DemoYear year;

    DemoDepartments(DSLContext tx, RegisterRepository registers, RegisterService registerService, DemoNames names, Random random,
                    LocalDate today, DemoYear year) {
        this.tx = tx;
        this.year = year;
        this.rows = new DemoRows(tx, registers);
        this.registerService = registerService;
        this.names = names;
        this.random = random;
        this.today = today;
    }

    private String put(RegisterSpec spec, Object... pairs) {
        return rows.put(spec, pairs);
    }

    void fill(List<DemoRegistry.Made> enterprises) {
        List<String> matters = names.list("request.matters");
        List<String> units = names.list("request.units");
        for (int i = 0; i < matters.size(); i++) {
            RequestStatus status = RequestStatus.values()[i % 3];
            LocalDate raised = today.minusDays(20L + 9L * i);
            put(EnterpriseServiceRegisters.REQUESTS, "enterprise_id", enterprises.get(i * 7 % enterprises.size()).id(), "matter", matters.get(i),
                    "unit", units.get(i), "raised_on", raised, "due_on", raised.plusDays(30), "status", status,
                    "resolution", "", "resolved_on", status == RequestStatus.RESOLVED ? raised.plusDays(12) : null);
        }
        for (Park park : List.of(Park.ECONOMIC_PARK, Park.LOGISTICS_BASE, Park.MALIU_RIVERSIDE)) {
            for (FacilityCategory c : FacilityCategory.values()) {
                put(EnterpriseServiceRegisters.FACILITIES, "park", park, "category", c, "name", names.pick("facility." + c.name()),
                        "description", c == FacilityCategory.TRANSPORT ? names.text("facility.note") : "");
            }
        }
        for (int e = 0; e < 12; e++) {
            String id = enterprises.get(e * 5 % enterprises.size()).id();
            long staff = 80 + random.nextInt(400);
            for (int m = 0; m < 6; m++) {
                long joiners = random.nextInt(25);
                long leavers = random.nextInt(e % 4 == 0 ? 60 : 15);
                long end = Math.max(0, staff + joiners - leavers);
                put(EnterpriseServiceRegisters.HEADCOUNT, "enterprise_id", id, "month", String.format("%d-%02d", year.of(0), 3 + m), "start_count", staff,
                        "joiners", joiners, "leavers", leavers, "end_count", end);
                staff = end;
            }
            long requested = 50L + random.nextInt(150);
            String check = put(EnterpriseServiceRegisters.DEMAND, "enterprise_id", id, "year", (long) year.of(0), "requested", requested,
                    "verified", requested - random.nextInt((int) requested / 3), "verified_on", year.on(0, 3, 15), "note", "");
            registerService.afterSaved(tx, EnterpriseServiceRegisters.DEMAND, check);
        }
        List<String> posts = names.list("staff.posts");
        for (String post : posts) {
            put(OfficeRegisters.STAFF, "name", post, "kind", StaffKind.FULL_TIME, "unit", names.text("staff.office"), "department", "",
                    "post", post, "phone", "023-6" + (1000000 + random.nextInt(8999999)));
        }
        for (String unit : names.list("staff.units")) {
            put(OfficeRegisters.STAFF, "name", unit, "kind", StaffKind.LIAISON, "unit", unit, "department", "", "post", "",
                    "phone", "023-6" + (1000000 + random.nextInt(8999999)));
        }
        List<String> meetings = names.list("meeting.titles");
        List<String> meetingIds = new java.util.ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            // a meeting a quarter over the past year, so its follow-up actions fall due around today
            LocalDate held = today.minusMonths(3L * (meetings.size() - i)).withDayOfMonth(10);
            meetingIds.add(put(OfficeRegisters.MEETINGS, "held_on", held, "title", meetings.get(i), "attendees",
                    names.text("meeting.attendees"), "topics", names.text("meeting.topics"), "decisions", names.text("meeting.decisions")));
        }
        List<LocalDate> heldOn = new java.util.ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            heldOn.add(today.minusMonths(3L * (meetings.size() - i)).withDayOfMonth(10));
        }
        // the group as the notice set it up, a year and more before the first demo meeting; one 副组长 replaced between meetings
        new DemoLeadingGroup(rows, names, random).fill(year.on(0, 1, 6), heldOn.get(heldOn.size() / 2).minusDays(20), meetingIds, heldOn);
        List<String> actions = names.list("action.items");
        for (int i = 0; i < actions.size(); i++) {
            LocalDate due = today.plusDays(20L - 10L * i);
            put(OfficeRegisters.ACTIONS, "meeting_id", meetingIds.get(i % meetingIds.size()), "action", actions.get(i), "owner", names.pick("action.owners"),
                    "due_on", due, "done_on", i % 3 == 0 && !due.minusDays(2).isAfter(today) ? due.minusDays(2) : null);
        }
        for (int i = 0; i < 24; i++) {
            put(OfficeRegisters.PUBLICITY, "channel", PublicityChannel.values()[random.nextInt(PublicityChannel.values().length)],
                    "held_on", year.on(0, 1 + i / 2, 5 + random.nextInt(20)), "place", names.pick("publicity.places"),
                    "target_groups", names.pick("publicity.groups"), "topics", names.pick("publicity.topics"),
                    "reach", 200L + random.nextInt(5000), "registered", (long) random.nextInt(120));
        }
    }
}
