package cn.banan.hrdesk.enterprises;

import static cn.banan.hrdesk.registers.FieldKind.COUNT;
import static cn.banan.hrdesk.registers.FieldKind.DATE;
import static cn.banan.hrdesk.registers.FieldKind.ENTERPRISE;
import static cn.banan.hrdesk.registers.FieldKind.LONG_TEXT;
import static cn.banan.hrdesk.registers.FieldKind.MONTH;
import static cn.banan.hrdesk.registers.FieldKind.TEXT;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.registers.RegisterField;
import cn.banan.hrdesk.registers.RegisterRow;
import cn.banan.hrdesk.registers.RegisterSpec;
import cn.banan.hrdesk.security.Action;
import java.time.LocalDate;
import java.util.List;

/** 企业服务部's registers (SPEC §5–6). */
public final class EnterpriseServiceRegisters {
    /** Leavers against the month's average headcount, in per cent (稳岗监测's turnover), over a headcount row. */
    public static final String TURNOVER = "SELECT CAST(round(100.0 * headcount.leavers"
            + " / max(1, (headcount.start_count + headcount.end_count) / 2.0)) AS INTEGER)";

    public static final RegisterSpec REQUESTS = new RegisterSpec("requests", "enterprise_request", "enterprises.requests.title",
            "enterprises.requests.file", Action.EDIT_ENTERPRISE_SERVICES, List.of(
                    RegisterField.of("enterprise_id", ENTERPRISE, "enterprises.enterprise", 18, true),
                    RegisterField.of("matter", TEXT, "enterprises.request.matter", 26, true),
                    RegisterField.of("unit", TEXT, "enterprises.request.unit", 10, true),
                    RegisterField.of("raised_on", DATE, "enterprises.request.raised", 10, true),
                    RegisterField.of("due_on", DATE, "enterprises.request.due", 10, true),
                    RegisterField.choice("status", "enterprises.request.status", 7, List.of(RequestStatus.values())),
                    RegisterField.of("resolution", LONG_TEXT, "enterprises.request.resolution", 24, false),
                    RegisterField.of("resolved_on", DATE, "enterprises.request.resolved", 10, false)),
            "raised_on", List.of());

    /** Declared on the generated table: saving a verification writes the registry's approved demand. */
    public static final RegisterSpec DEMAND = DemandCheckRepository.DEMAND;

    public static final RegisterSpec HEADCOUNT = new RegisterSpec("headcount", "headcount", "enterprises.headcount.title",
            "enterprises.headcount.file", Action.EDIT_RECOGNITION_AND_RETENTION, List.of(
                    RegisterField.of("enterprise_id", ENTERPRISE, "enterprises.enterprise", 20, true),
                    RegisterField.of("month", MONTH, "enterprises.headcount.month", 8, true),
                    RegisterField.of("start_count", COUNT, "enterprises.headcount.start", 7, false),
                    RegisterField.of("joiners", COUNT, "enterprises.headcount.joiners", 7, false),
                    RegisterField.of("leavers", COUNT, "enterprises.headcount.leavers", 7, false),
                    RegisterField.of("end_count", COUNT, "enterprises.headcount.end", 7, false)),
            "month", List.of(new RegisterSpec.Derived("turnover", "enterprises.headcount.turnover", TURNOVER)));

    public static final RegisterSpec FACILITIES = new RegisterSpec("facilities", "park_facility", "enterprises.facilities.title",
            "enterprises.facilities.file", Action.EDIT_ENTERPRISE_SERVICES, List.of(
                    RegisterField.choice("park", "enterprises.facility.park", 12, List.of(Park.ECONOMIC_PARK, Park.LOGISTICS_BASE,
                            Park.MALIU_RIVERSIDE)),
                    RegisterField.choice("category", "enterprises.facility.category", 10, List.of(FacilityCategory.values())),
                    RegisterField.of("name", TEXT, "enterprises.facility.name", 22, true),
                    RegisterField.of("description", TEXT, "enterprises.facility.description", 36, false)),
            "park", List.of());

    /** Declared on the generated table: a granted request becomes the registry's recognition. */
    public static final RegisterSpec RECOGNITIONS = RecognitionRequestRepository.RECOGNITIONS;

    private EnterpriseServiceRegisters() {
    }

    /** Not resolved and past its due date on {@code today}. */
    public static boolean overdue(RegisterRow request, LocalDate today) {
        return request.get("status") != RequestStatus.RESOLVED && request.get("due_on") instanceof LocalDate due && due.isBefore(today);
    }
}
