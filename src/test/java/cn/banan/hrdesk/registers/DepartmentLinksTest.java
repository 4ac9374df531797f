package cn.banan.hrdesk.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.enterprises.EnterpriseServiceRegisters;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.liaison.TaskKind;
import cn.banan.hrdesk.office.OfficeRegisters;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.LabourDemand;
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

/** Records the departments keep that name other records: actions their meeting, students their agreement, a verification the registry. */
class DepartmentLinksTest {
    @TempDir
    Path dir;

    static Map<String, Object> values(Object... pairs) {
        Map<String, Object> v = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            v.put((String) pairs[i], pairs[i + 1]);
        }
        return v;
    }

    static List<Object> problems(Throwable e) {
        return ((ValidationException) e).problems().stream().map(p -> (Object) tuple(p.field(), p.key())).toList();
    }

    @Test
    void aFollowUpActionNamesAMeetingOfTheRegister() {
        try (Services s = TempStore.open(dir)) {
            String meeting = s.registers().save(OfficeRegisters.MEETINGS, null, values("held_on", LocalDate.of(2014, 5, 10), "title", "第三次工作会议"));
            s.registers().save(OfficeRegisters.MEETINGS, null, values("held_on", LocalDate.of(2014, 2, 10), "title", "第一次工作会议"));
            assertThat(s.registers().options(OfficeRegisters.ACTIONS, "meeting_id")).extracting(RowRef::label)
                    .as("newest first, by date and title").containsExactly("2014-05-10 第三次工作会议", "2014-02-10 第一次工作会议");

            Map<String, Object> action = values("meeting_id", meeting, "action", "走访园区企业", "owner", "招工联络部", "due_on", LocalDate.of(2014, 6, 1));
            String id = s.registers().save(OfficeRegisters.ACTIONS, null, action);
            assertThat(s.registers().find(OfficeRegisters.ACTIONS, id).orElseThrow().get("meeting_id"))
                    .isEqualTo(new RowRef(meeting, "2014-05-10 第三次工作会议"));
            assertThat(s.registers().page(OfficeRegisters.ACTIONS, "第三次", 0, 10).rows()).as("found by its meeting's title").hasSize(1);
            assertThat(s.registers().page(OfficeRegisters.ACTIONS, "第一次", 0, 10).rows()).isEmpty();

            action.put("meeting_id", "no-such-meeting");
            assertThatThrownBy(() -> s.registers().save(OfficeRegisters.ACTIONS, null, action)).satisfies(e ->
                    assertThat(problems(e)).containsExactly(tuple("meeting_id", "registers.problem.unknownRow")));
            action.remove("meeting_id");
            assertThatThrownBy(() -> s.registers().save(OfficeRegisters.ACTIONS, null, action)).satisfies(e ->
                    assertThat(problems(e)).containsExactly(tuple("meeting_id", "registry.problem.required")));
        }
    }

    @Test
    void anAgreementCountsTheStudentsPlacedUnderItWhoseIdNumbersAreCheckedAndMasked() throws Exception {
        try (Services s = TempStore.open(dir)) {
            String agreement = s.registers().save(LiaisonRegisters.AGREEMENTS, null, values("school", "巴南职教中心", "enterprise", "巴岳电子",
                    "major", "电子信息工程技术", "students", 40L, "starts_on", LocalDate.of(2014, 9, 1), "ends_on", LocalDate.of(2016, 7, 1)));
            assertThat(s.registers().options(LiaisonRegisters.STUDENTS, "agreement_id")).extracting(RowRef::label)
                    .containsExactly("巴南职教中心—巴岳电子（2014-09-01起）");

            Map<String, Object> student = values("agreement_id", agreement, "name", "学生甲", "resident_id", "110105194912310021",
                    "placed_on", LocalDate.of(2016, 7, 5));
            assertThatThrownBy(() -> s.registers().save(LiaisonRegisters.STUDENTS, null, student)).satisfies(e ->
                    assertThat(problems(e)).containsExactly(tuple("resident_id", "id.problem.CHECKSUM")));
            student.put("resident_id", "11010519491231002x");
            String first = s.registers().save(LiaisonRegisters.STUDENTS, null, student);
            assertThat(s.registers().find(LiaisonRegisters.STUDENTS, first).orElseThrow().get("resident_id"))
                    .as("kept in its one written form").isEqualTo("11010519491231002X");
            s.registers().save(LiaisonRegisters.STUDENTS, null, values("agreement_id", agreement, "name", "学生乙",
                    "resident_id", "440301198002290015"));
            assertThat(s.registers().find(LiaisonRegisters.AGREEMENTS, agreement).orElseThrow().count("placed"))
                    .as("学生甲 was placed; 学生乙 has no placement date yet").isEqualTo(1);

            student.put("name", "学生甲（重复）");
            assertThatThrownBy(() -> s.registers().save(LiaisonRegisters.STUDENTS, null, student)).as("one student once per agreement")
                    .satisfies(e -> assertThat(problems(e)).containsExactly(tuple("resident_id", "registers.problem.duplicate")));

            s.session().signIn(Actor.user("u-g", "综合管理员", Role.GENERAL_CLERK, null));
            Path out = dir.resolve("students.xlsx");
            s.registerExport().write(LiaisonRegisters.STUDENTS, out);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
                var sheet = wb.getSheetAt(0);
                List<String> ids = List.of(sheet.getRow(2).getCell(2).getStringCellValue(), sheet.getRow(3).getCell(2).getStringCellValue());
                assertThat(ids).as("综合管理部 may not see ID numbers in full").allMatch(t -> t.contains("*"))
                        .noneMatch(t -> t.equals("11010519491231002X"));
            }
        }
    }

    @Test
    void aDatedVerificationIsTheRegistrysApprovedDemandAndIsThenLocked() {
        try (Services s = TempStore.open(dir)) {
            String e = s.enterprises().save(new EnterpriseForm(null, "甲电子", "91350100M000100Y43", Park.LOGISTICS_BASE, "", "", "",
                    Tier.T1_ELECTRONICS, LocalDate.of(2014, 1, 1)));
            Map<String, Object> check = values("enterprise_id", "91350100M000100Y43", "year", 2014L, "requested", 150L, "verified", 120L);
            String id = s.registers().save(EnterpriseServiceRegisters.DEMAND, null, check);
            assertThat(s.enterpriseDetails().demands(e)).as("not verified yet: nothing in the registry").isEmpty();
            assertThat(s.registers().find(EnterpriseServiceRegisters.DEMAND, id).orElseThrow().count("in_registry")).isZero();

            check.put("verified_on", LocalDate.of(2014, 3, 15));
            s.registers().save(EnterpriseServiceRegisters.DEMAND, id, check);
            assertThat(s.enterpriseDetails().demands(e)).extracting(LabourDemand::year, LabourDemand::approvedCount).containsExactly(tuple(2014, 120));
            assertThat(s.registers().find(EnterpriseServiceRegisters.DEMAND, id).orElseThrow().count("in_registry")).as("the list says so").isEqualTo(1);

            check.put("verified", 130L);
            assertThatThrownBy(() -> s.registers().save(EnterpriseServiceRegisters.DEMAND, id, check)).satisfies(x ->
                    assertThat(problems(x)).containsExactly(tuple("enterprise_id", "registers.problem.locked.demand")));
            assertThat(s.enterpriseDetails().demands(e)).extracting(LabourDemand::approvedCount).as("left as it was").containsExactly(120);

            check.put("verified", 90L);
            check.put("verified_on", LocalDate.of(2014, 9, 1));
            s.registers().save(EnterpriseServiceRegisters.DEMAND, null, check);
            assertThat(s.enterpriseDetails().demands(e)).extracting(LabourDemand::year, LabourDemand::approvedCount)
                    .as("a correction is a new verification, and the registry shows it").containsExactly(tuple(2014, 90));
        }
    }

    @Test
    void aSecondTaskWithTheSameNumberIsRefusedAtTheNumber() {
        try (Services s = TempStore.open(dir)) {
            Map<String, Object> task = values("task_no", "CQ-2014-1", "task_type", TaskKind.BASIC_SOCIAL, "quota", 5L,
                    "starts_on", LocalDate.of(2014, 1, 1), "ends_on", LocalDate.of(2014, 12, 31), "responsible_unit", "区人社局");
            s.registers().save(LiaisonRegisters.TASKS, null, task);
            assertThatThrownBy(() -> s.registers().save(LiaisonRegisters.TASKS, null, task)).satisfies(e ->
                    assertThat(problems(e)).containsExactly(tuple("task_no", "registers.problem.duplicate")));
            assertThat(s.registers().page(LiaisonRegisters.TASKS, "", 0, 10).total()).isEqualTo(1);
        }
    }
}
