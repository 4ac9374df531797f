package cn.banan.hrdesk.demo;

import cn.banan.hrdesk.liaison.FairKind;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.liaison.TaskKind;
import cn.banan.hrdesk.registers.RegisterRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;

/**
 * 招工联络部's registers in the demo: the city's 2014 tasks CQ-2014-1 … 9 (the demo placements count toward them), the
 * schools' majors, order-training agreements and job fairs.
 */
final class DemoLiaison {
    private final DSLContext tx;
    private final RegisterRepository registers;
    private final DemoNames names;
    private final Random random;

    DemoLiaison(DSLContext tx, RegisterRepository registers, DemoNames names, Random random) {
        this.tx = tx;
        this.registers = registers;
        this.names = names;
        this.random = random;
    }

    void fill() {
        List<String> units = names.list("task.units");
        for (int i = 1; i <= 9; i++) {
            TaskKind kind = i % 3 == 0 ? TaskKind.EMERGENCY_SOCIAL : i % 4 == 0 ? TaskKind.CAMPUS : TaskKind.BASIC_SOCIAL;
            Map<String, Object> v = new HashMap<>();
            v.put("task_no", "CQ-2014-" + i);
            v.put("task_type", kind);
            v.put("quota", (long) (4 + random.nextInt(6)));
            v.put("starts_on", LocalDate.of(2014, 1 + i, 1));
            v.put("ends_on", LocalDate.of(2014, 12, 31));
            v.put("enterprises", names.pick("task.enterprises"));
            v.put("responsible_unit", kind == TaskKind.CAMPUS ? units.get(2) : units.get(0));
            v.put("note", names.text("task.note", "2014"));
            registers.insert(tx, LiaisonRegisters.TASKS, v);
        }
        List<String> schools = names.list("school.names");
        for (String school : schools) {
            for (String major : names.list("majors.names").subList(0, 3 + random.nextInt(3))) {
                Map<String, Object> v = new HashMap<>();
                v.put("school", school);
                v.put("major", major);
                long enrolment = 40 + random.nextInt(160);
                v.put("enrolment", enrolment);
                v.put("graduate_year", 2014L + random.nextInt(3));
                v.put("graduates", enrolment - random.nextInt(20));
                v.put("contact", names.pick("majors.contacts"));
                v.put("phone", "023-6" + (1000000 + random.nextInt(8999999)));
                registers.insert(tx, LiaisonRegisters.MAJORS, v);
            }
            Map<String, Object> a = new HashMap<>();
            long students = 20 + random.nextInt(40);
            a.put("school", school);
            a.put("enterprise", names.pick("agreement.enterprises"));
            a.put("major", names.pick("majors.names"));
            a.put("students", students);
            a.put("starts_on", LocalDate.of(2014, 9, 1));
            a.put("ends_on", LocalDate.of(2016, 7, 1));
            a.put("placed", students / 2);
            a.put("note", names.text("agreement.note", students));
            registers.insert(tx, LiaisonRegisters.AGREEMENTS, a);
        }
        List<String> places = names.list("fair.places");
        for (int i = 0; i < 12; i++) {
            Map<String, Object> v = new HashMap<>();
            v.put("kind", FairKind.values()[i % 3]);
            v.put("held_on", LocalDate.of(2014, 2, 10).plusDays(27L * i));
            v.put("place", places.get(i % places.size()));
            long enterprises = 5 + random.nextInt(40);
            v.put("enterprises", enterprises);
            v.put("posts", enterprises * (3 + random.nextInt(5)));
            long visitors = 100 + random.nextInt(900);
            v.put("visitors", visitors);
            v.put("intentions", visitors / (3 + random.nextInt(4)));
            v.put("note", "");
            registers.insert(tx, LiaisonRegisters.FAIRS, v);
        }
    }
}
