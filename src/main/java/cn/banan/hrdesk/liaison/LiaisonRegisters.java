package cn.banan.hrdesk.liaison;

import static cn.banan.hrdesk.registers.FieldKind.COUNT;
import static cn.banan.hrdesk.registers.FieldKind.DATE;
import static cn.banan.hrdesk.registers.FieldKind.ENTERPRISE;
import static cn.banan.hrdesk.registers.FieldKind.LONG_TEXT;
import static cn.banan.hrdesk.registers.FieldKind.PHONE;
import static cn.banan.hrdesk.registers.FieldKind.RESIDENT_ID;
import static cn.banan.hrdesk.registers.FieldKind.TEXT;
import static cn.banan.hrdesk.registers.FieldKind.YEAR;

import cn.banan.hrdesk.registers.RegisterField;
import cn.banan.hrdesk.registers.RegisterSpec;
import cn.banan.hrdesk.registers.RowLink;
import cn.banan.hrdesk.security.Action;
import java.util.List;

/** 招工联络部's registers (SPEC §5): what each keeps, and the counts derived from placements. */
public final class LiaisonRegisters {
    /** Students of an agreement with a placement date: the agreement's placed count. */
    static final String PLACED = "SELECT count(*) FROM agreement_student s WHERE s.agreement_id = school_agreement.id"
            + " AND s.placed_on IS NOT NULL AND s.deleted = 0";
    /** An agreement as a student's row names it. */
    private static final RowLink AGREEMENT = new RowLink("school_agreement", "school || '—' || enterprise || '（' || starts_on || '起）'",
            "starts_on");

    /** Declared on the generated table: placements and R1 count toward its tasks. */
    public static final RegisterSpec TASKS = TaskRegisterRepository.TASKS;

    public static final RegisterSpec MAJORS = new RegisterSpec("majors", "school_major", "liaison.majors.title", "liaison.majors.file",
            Action.EDIT_SCHOOLS, List.of(
                    RegisterField.of("school", TEXT, "liaison.school", 20, true),
                    RegisterField.of("major", TEXT, "liaison.major", 16, true),
                    RegisterField.of("enrolment", COUNT, "liaison.major.enrolment", 7, false),
                    RegisterField.of("graduate_year", YEAR, "liaison.major.year", 8, true),
                    RegisterField.of("graduates", COUNT, "liaison.major.graduates", 8, false),
                    RegisterField.of("contact", TEXT, "liaison.contact", 8, false),
                    RegisterField.of("phone", PHONE, "liaison.phone", 12, false)),
            "graduate_year", List.of());

    public static final RegisterSpec AGREEMENTS = new RegisterSpec("agreements", "school_agreement", "liaison.agreements.title",
            "liaison.agreements.file", Action.EDIT_SCHOOLS, List.of(
                    RegisterField.of("school", TEXT, "liaison.school", 18, true),
                    RegisterField.of("enterprise", TEXT, "liaison.enterprise", 18, true),
                    RegisterField.of("major", TEXT, "liaison.major", 12, false),
                    RegisterField.of("students", COUNT, "liaison.agreement.students", 7, false),
                    RegisterField.of("starts_on", DATE, "liaison.starts", 10, true),
                    RegisterField.of("ends_on", DATE, "liaison.ends", 10, true),
                    RegisterField.of("note", LONG_TEXT, "liaison.note", 20, false)),
            "starts_on", List.of(new RegisterSpec.Derived("placed", "liaison.agreement.placed", PLACED)));

    /** The students placed under an agreement, one row each (their ID numbers are personal data). */
    public static final RegisterSpec STUDENTS = new RegisterSpec("students", "agreement_student", "liaison.students.title",
            "liaison.students.file", Action.EDIT_SCHOOLS, List.of(
                    RegisterField.row("agreement_id", "liaison.student.agreement", 34, AGREEMENT),
                    RegisterField.of("name", TEXT, "liaison.student.name", 12, true),
                    RegisterField.of("resident_id", RESIDENT_ID, "liaison.student.residentId", 19, true),
                    RegisterField.of("major", TEXT, "liaison.major", 12, false),
                    RegisterField.of("placed_on", DATE, "liaison.student.placedOn", 10, false),
                    RegisterField.of("post", TEXT, "liaison.student.post", 10, false),
                    RegisterField.of("note", LONG_TEXT, "liaison.note", 20, false)),
            "placed_on", List.of());

    public static final RegisterSpec FAIRS = new RegisterSpec("fairs", "job_fair", "liaison.fairs.title", "liaison.fairs.file",
            Action.EDIT_LIAISON, List.of(
                    RegisterField.choice("kind", "liaison.fair.kind", 10, List.of(FairKind.values())),
                    RegisterField.of("held_on", DATE, "liaison.fair.date", 10, true),
                    RegisterField.of("place", TEXT, "liaison.fair.place", 18, true),
                    RegisterField.of("enterprises", COUNT, "liaison.fair.enterprises", 7, false),
                    RegisterField.of("posts", COUNT, "liaison.fair.posts", 7, false),
                    RegisterField.of("visitors", COUNT, "liaison.fair.visitors", 7, false),
                    RegisterField.of("intentions", COUNT, "liaison.fair.intentions", 8, false),
                    RegisterField.of("note", LONG_TEXT, "liaison.note", 20, false)),
            "held_on", List.of());

    public static final RegisterSpec POSTS = new RegisterSpec("posts", "labour_post", "liaison.posts.title", "liaison.market.file",
            Action.EDIT_LIAISON, List.of(
                    RegisterField.of("enterprise_id", ENTERPRISE, "liaison.post.enterprise", 18, true),
                    RegisterField.of("post", TEXT, "liaison.post.post", 12, true),
                    RegisterField.of("openings", COUNT, "liaison.post.openings", 6, false),
                    RegisterField.of("wage_min", COUNT, "liaison.post.wageMin", 8, false),
                    RegisterField.of("wage_max", COUNT, "liaison.post.wageMax", 8, false),
                    RegisterField.of("requirements", TEXT, "liaison.post.requirements", 22, false),
                    RegisterField.of("posted_on", DATE, "liaison.post.posted", 10, true)),
            "posted_on", List.of());

    public static final RegisterSpec SEEKERS = new RegisterSpec("seekers", "job_seeker", "liaison.seekers.title", "liaison.seekers.file",
            Action.EDIT_LIAISON, List.of(
                    RegisterField.of("name", TEXT, "liaison.seeker.name", 12, true),
                    RegisterField.of("phone", PHONE, "liaison.phone", 12, false),
                    RegisterField.of("registered_on", DATE, "liaison.seeker.registered", 10, true),
                    RegisterField.of("event", TEXT, "liaison.seeker.event", 16, false),
                    RegisterField.of("wanted_post", TEXT, "liaison.seeker.wanted", 12, true),
                    RegisterField.of("expected_wage", COUNT, "liaison.seeker.wage", 8, false),
                    RegisterField.of("skills", TEXT, "liaison.seeker.skills", 18, false)),
            "registered_on", List.of());

    private LiaisonRegisters() {
    }
}
