package cn.banan.hrdesk.demo;

import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.liaison.FairKind;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.liaison.TaskKind;
import cn.banan.hrdesk.policy.TaskType;
import cn.banan.hrdesk.registers.RegisterRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;

/**
 * 招工联络部's registers in the demo: the city's tasks of the demo's first year, CQ-<year>-1 … 9 (the demo placements count toward them), the
 * schools' majors, order-training agreements and job fairs.
 */
final class DemoLiaison {
    private final DemoRows rows;
    private final DemoNames names;
    private final Random random;

    private static final int TASKS = 9;
    private int nextStudent = 1;

    private final DemoYear year;

    DemoLiaison(DSLContext tx, RegisterRepository registers, DemoNames names, Random random, DemoYear year) {
        this.rows = new DemoRows(tx, registers);
        this.year = year;
        this.names = names;
        this.random = random;
    }

    /** The city's tasks, before the placements that count toward them. */
    void tasks() {
        List<String> units = names.list("task.units");
        for (int i = 1; i <= TASKS; i++) {
            TaskKind kind = kind(i);
            rows.put(LiaisonRegisters.TASKS, "task_no", "CQ-" + year.of(0) + "-" + i, "task_type", kind, "quota", (long) (4 + random.nextInt(6)),
                    "starts_on", year.on(0, 1 + i, 1), "ends_on", year.on(0, 12, 31), "enterprises", names.pick("task.enterprises"),
                    "responsible_unit", kind == TaskKind.CAMPUS ? units.get(2) : units.get(0), "note", names.text("task.note", String.valueOf(year.of(0))));
        }
    }

    private static TaskKind kind(int task) {
        return task % 3 == 0 ? TaskKind.EMERGENCY_SOCIAL : task % 4 == 0 ? TaskKind.CAMPUS : TaskKind.BASIC_SOCIAL;
    }

    /** The number of the {@code draw}-th (modulo) demo task whose kind R1 pays as {@code type}. */
    static String taskOfKind(TaskType type, int draw, DemoYear year) {
        List<Integer> of = java.util.stream.IntStream.rangeClosed(1, TASKS).filter(i -> kind(i).r1Type().equals(java.util.Optional.of(type)))
                .boxed().toList();
        return "CQ-" + year.of(0) + "-" + of.get(draw % of.size());
    }

    /** A few of an agreement's students, most of them placed when the order class ended. */
    private void students(String agreement, String major) {
        List<String> posts = names.list("student.posts");
        for (int i = 0; i < 4 + random.nextInt(4); i++) {
            LocalDate birth = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(700));
            String id = ResidentId.complete("500113" + birth.toString().replace("-", "") + String.format("%03d", 100 + 7 * i)).value();
            boolean placed = i % 4 != 3;
            rows.put(LiaisonRegisters.STUDENTS, "agreement_id", agreement, "name", names.text("student.name", nextStudent++), "resident_id", id,
                    "major", major, "placed_on", placed ? year.on(1, 7, 5 + i) : null, "post", placed ? posts.get(i % posts.size()) : "",
                    "note", "");
        }
    }

    void fill() {
        List<String> schools = names.list("school.names");
        for (String school : schools) {
            for (String major : names.list("majors.names").subList(0, 3 + random.nextInt(3))) {
                long enrolment = 40 + random.nextInt(160);
                rows.put(LiaisonRegisters.MAJORS, "school", school, "major", major, "enrolment", enrolment,
                        "graduate_year", (long) year.of(0) + random.nextInt(3), "graduates", enrolment - random.nextInt(20),
                        "contact", names.pick("majors.contacts"), "phone", "023-6" + (1000000 + random.nextInt(8999999)));
            }
            long students = 20 + random.nextInt(40);
            String major = names.pick("majors.names");
            String agreement = rows.put(LiaisonRegisters.AGREEMENTS, "school", school, "enterprise", names.pick("agreement.enterprises"),
                    "major", major, "students", students, "starts_on", year.on(0, 9, 1),
                    "ends_on", year.on(2, 7, 1), "note", names.text("agreement.note", students));
            students(agreement, major);
        }
        List<String> places = names.list("fair.places");
        for (int i = 0; i < 12; i++) {
            long enterprises = 5 + random.nextInt(40);
            long posts = enterprises * (3 + random.nextInt(5));
            long visitors = 100 + random.nextInt(900);
            rows.put(LiaisonRegisters.FAIRS, "kind", FairKind.values()[i % 3], "held_on", year.on(0, 2, 10).plusDays(27L * i),
                    "place", places.get(i % places.size()), "enterprises", enterprises, "posts", posts, "visitors", visitors,
                    "intentions", visitors / (3 + random.nextInt(4)), "note", "");
        }
    }
}
