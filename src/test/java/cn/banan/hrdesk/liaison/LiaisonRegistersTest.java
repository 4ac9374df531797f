package cn.banan.hrdesk.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.claims.ClaimForm;
import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.policy.Reason;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registers.RegisterRow;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.security.AccessDeniedException;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 招工联络部's registers on a real database: checks at the fields, progress counted from placements, the export. */
class LiaisonRegistersTest {
    @TempDir
    Path dir;

    static Map<String, Object> task(String no, long quota, LocalDate from, LocalDate to) {
        Map<String, Object> v = new HashMap<>();
        v.put("task_no", no);
        v.put("task_type", TaskKind.EMERGENCY_SOCIAL);
        v.put("quota", quota);
        v.put("starts_on", from);
        v.put("ends_on", to);
        v.put("responsible_unit", "区人社局");
        return v;
    }

    @Test
    void aTaskCountsOnlyConfirmedPlacementsAndItsRegisterExports() throws Exception {
        try (Services s = TempStore.open(dir)) {
            String t1 = s.enterprises().save(new EnterpriseForm(null, "甲电子", "91350100M000100Y43", Park.LOGISTICS_BASE, "", "", "",
                    Tier.T1_ELECTRONICS, LocalDate.of(2014, 1, 1)));
            String agency = s.parties().save(new Intermediary(null, IntermediaryKind.HR_AGENCY, "机构A", "52500113123456788D", null, "A", "行", "62220000000000001"));
            String w1 = s.parties().save(new Worker(null, "500113199001011235", "操作工1", null, TargetGroup.OTHER));
            String w2 = s.parties().save(new Worker(null, "440301198002290015", "操作工2", null, TargetGroup.OTHER));
            String w3 = s.parties().save(new Worker(null, "11010519491231002X", "操作工3", null, TargetGroup.OTHER));
            String w4 = s.parties().save(new Worker(null, "500113199203150014", "学生4", null, TargetGroup.OTHER));
            assertThatThrownBy(() -> s.placements().save(new PlacementForm(null, w1, t1, agency, Channel.EMERGENCY_SOCIAL,
                    LocalDate.of(2014, 5, 1), LocalDate.of(2014, 5, 3), null, "", "CQ-2014-1"))).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(FieldProblem::field, FieldProblem::key)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(PlacementForm.TASK, "claims.problem.unknownTask")));

            s.session().signIn(Actor.user("u-l", "招工联络员", Role.LIAISON_CLERK, null));
            Map<String, Object> bad = task(" ", -3, LocalDate.of(2014, 6, 1), LocalDate.of(2014, 3, 1));
            assertThatThrownBy(() -> s.registers().save(LiaisonRegisters.TASKS, null, bad)).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(FieldProblem::field, FieldProblem::key)
                            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("task_no", "registry.problem.required"),
                                    org.assertj.core.groups.Tuple.tuple("quota", "registers.problem.negative"),
                                    org.assertj.core.groups.Tuple.tuple("ends_on", "registers.problem.endsBeforeStart")));
            String id = s.registers().save(LiaisonRegisters.TASKS, null, task("CQ-2014-1", 4, LocalDate.of(2014, 3, 1), LocalDate.of(2014, 12, 31)));
            Map<String, Object> basic = task("CQ-2014-2", 6, LocalDate.of(2014, 3, 1), LocalDate.of(2014, 12, 31));
            basic.put("task_type", TaskKind.BASIC_SOCIAL);
            s.registers().save(LiaisonRegisters.TASKS, null, basic);
            Map<String, Object> campus = task("CQ-2014-3", 6, LocalDate.of(2014, 3, 1), LocalDate.of(2014, 12, 31));
            campus.put("task_type", TaskKind.CAMPUS);
            s.registers().save(LiaisonRegisters.TASKS, null, campus);

            s.session().signIn(cn.banan.hrdesk.testing.Operator.everything("测试"));
            String p1 = s.placements().save(new PlacementForm(null, w1, t1, agency, Channel.EMERGENCY_SOCIAL, LocalDate.of(2014, 5, 1),
                    LocalDate.of(2014, 5, 3), null, "", "CQ-2014-1"));
            String p2 = s.placements().save(new PlacementForm(null, w2, t1, agency, Channel.EMERGENCY_SOCIAL, LocalDate.of(2014, 5, 1), null,
                    LocalDate.of(2014, 7, 1), "", "CQ-2014-1"));
            String p3 = s.placements().save(new PlacementForm(null, w3, t1, agency, Channel.BASIC_SOCIAL, LocalDate.of(2014, 5, 1),
                    LocalDate.of(2014, 5, 2), null, "", "CQ-2014-2"));
            String p4 = s.placements().save(new PlacementForm(null, w4, t1, agency, Channel.CAMPUS, LocalDate.of(2014, 6, 1),
                    LocalDate.of(2014, 6, 2), null, "", "CQ-2014-3"));
            String r1 = s.claims().create(new ClaimForm(Rule.R1, agency, 2014, LocalDate.of(2014, 12, 31), null));
            s.claims().addPlacements(r1, List.of(p1, p2, p3, p4));
            Map<String, ClaimLine> lines = new HashMap<>();
            s.claims().lines(r1).forEach(l -> lines.put(l.placementId(), l));
            assertThat(lines.get(p1).amount()).as("confirmed, counted toward CQ-2014-1, an emergency task: 100 yuan").isEqualTo(Money.ofYuan(100));
            assertThat(lines.get(p2).failures()).as("never confirmed: counts toward no task").extracting(f -> f.reason())
                    .containsExactly(Reason.NOT_CONFIRMED);
            assertThat(lines.get(p3).amount()).as("confirmed, CQ-2014-2 is a basic task: 50 yuan").isEqualTo(Money.ofYuan(50));
            assertThat(lines.get(p4).failures()).as("a campus task is neither basic nor emergency social recruitment")
                    .extracting(f -> f.reason()).containsExactly(Reason.TASK_MISSING);
            s.session().signIn(Actor.user("u-l", "招工联络员", Role.LIAISON_CLERK, null));
            RegisterRow row = s.registers().find(LiaisonRegisters.TASKS, id).orElseThrow();
            assertThat(row.count("confirmed")).as("w1 confirmed; w2 never confirmed; w3 counts toward another task").isEqualTo(1);
            assertThat(row.get("task_type")).isEqualTo(TaskKind.EMERGENCY_SOCIAL);
            s.registers().save(LiaisonRegisters.TASKS, id, task("CQ-2014-1", 8, LocalDate.of(2014, 3, 1), LocalDate.of(2014, 12, 31)));
            assertThat(s.registers().page(LiaisonRegisters.TASKS, "CQ-2014-1", 0, 10).rows()).singleElement()
                    .satisfies(r -> assertThat(r.count("quota")).isEqualTo(8));

            String w5 = s.parties().save(new Worker(null, "500113199505050019", "操作工5", null, TargetGroup.OTHER));
            s.placements().save(new PlacementForm(null, w5, t1, agency, Channel.BASIC_SOCIAL, LocalDate.of(2014, 7, 1), null, null, "", null));
            assertThat(s.deliveries().all()).singleElement().satisfies(r -> {
                assertThat(r.delivered()).isEqualTo(5);
                assertThat(r.confirmed()).as("w1, w3 and w4").isEqualTo(3);
                assertThat(r.retained()).as("of the confirmed, all still employed; w2 and w5 were never confirmed").isEqualTo(3);
            });

            s.session().signIn(Actor.user("u-r", "审核员", Role.REVIEWER, null));
            assertThatThrownBy(() -> s.registers().save(LiaisonRegisters.TASKS, id, task("CQ-2014-1", 9, LocalDate.of(2014, 3, 1),
                    LocalDate.of(2014, 12, 31)))).isInstanceOf(AccessDeniedException.class);
            Path out = dir.resolve("招工任务台账.xlsx");
            assertThat(s.registerExport().write(LiaisonRegisters.TASKS, out)).isEqualTo(3);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
                var sheet = wb.getSheetAt(0);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("任务编号");
                assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("已确认");
                var first = java.util.stream.IntStream.rangeClosed(2, 4).mapToObj(sheet::getRow)
                        .filter(r -> r.getCell(0).getStringCellValue().equals("CQ-2014-1")).findFirst().orElseThrow();
                assertThat(first.getCell(1).getStringCellValue()).isEqualTo("应急社招");
                assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(8.0);
                assertThat(first.getCell(8).getNumericCellValue()).as("w1 alone: w2 was never confirmed").isEqualTo(1.0);
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:2");
            }
        }
    }
}
