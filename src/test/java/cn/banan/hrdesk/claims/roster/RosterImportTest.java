package cn.banan.hrdesk.claims.roster;

import static cn.banan.hrdesk.store.generated.Tables.CLAIM_LINE;
import static cn.banan.hrdesk.store.generated.Tables.PLACEMENT;
import static cn.banan.hrdesk.store.generated.Tables.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimFlag;
import cn.banan.hrdesk.claims.ClaimForm;
import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.FlagKind;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.Workbooks;
import cn.banan.hrdesk.xlsx.CellProblem;
import cn.banan.hrdesk.xlsx.ImportMode;
import cn.banan.hrdesk.xlsx.ImportReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterImportTest {
    static final String[] HEADER = {"身份证号", "姓名", "用工企业统一社会信用代码", "入职日期", "离职日期", "招聘渠道", "入职确认日期", "五险缴纳月份"};
    @TempDir
    Path dir;
    Services s;
    Claim claim;

    @BeforeEach
    void setUp() {
        s = TempStore.open(dir);
        String t2 = s.enterprises().save(new EnterpriseForm(null, "乙配套", "91500113MA5U12346T", Park.ECONOMIC_PARK, "", "", "",
                Tier.T2_IT_SUPPORT, LocalDate.of(2014, 1, 1)));
        String a = s.parties().save(new Intermediary(null, IntermediaryKind.HR_AGENCY, "机构A", "52500113123456788D", null, "A", "行", "62220000000000001"));
        String w1 = s.parties().save(new Worker(null, "500113199001011235", "操作工1", null, TargetGroup.OTHER));
        String p = s.placements().save(new PlacementForm(null, w1, t2, a, Channel.BASIC_SOCIAL, LocalDate.of(2014, 3, 10), null, null, "", null));
        // counted to 05-31: 03-10 + 2 months = 05-10 <= 06-01, + 3 = 06-10 > 06-01: 2 months granted
        String earlier = s.claims().create(new ClaimForm(Rule.R2, a, 2014, LocalDate.of(2014, 5, 31), null));
        s.claims().addPlacements(earlier, List.of(p));
        claim = s.claims().find(s.claims().create(new ClaimForm(Rule.R2, a, 2015, LocalDate.of(2014, 12, 31), null))).orElseThrow();
    }

    @AfterEach
    void close() {
        s.close();
    }

    Path roster(String secondId) throws Exception {
        return Workbooks.write(dir.resolve("roster.xlsx"), HEADER,
                new String[] {"440301198002290015", "装配工2", "91500113MA5U12346T", "2014-04-01", "", "基础社招", "2014-04-02", "2014-04~2014-12"},
                new String[] {secondId, "装配工3", "91500113MA5U12346T", "2014-05-01", "2014-05-20", "应急社招", "", ""},
                new String[] {"500113199001011235", "操作工1", "91500113MA5U12346T", "2014-03-10", "", "基础社招", "", ""});
    }

    @Test
    void anR1RosterCountsAPersonOnlyTowardATaskOfTheRegister() throws Exception {
        s.enterprises().save(new EnterpriseForm(null, "甲电子", "91350100M000100Y43", Park.LOGISTICS_BASE, "", "", "", Tier.T1_ELECTRONICS,
                LocalDate.of(2014, 1, 1)));
        java.util.Map<String, Object> task = new java.util.HashMap<>(java.util.Map.of("task_no", "CQ-2014-1", "task_type",
                cn.banan.hrdesk.liaison.TaskKind.BASIC_SOCIAL, "quota", 10L, "starts_on", LocalDate.of(2014, 1, 1), "ends_on",
                LocalDate.of(2014, 12, 31), "responsible_unit", "区人社局"));
        s.registers().save(cn.banan.hrdesk.liaison.LiaisonRegisters.TASKS, null, task);
        Claim r1 = s.claims().find(s.claims().create(new ClaimForm(Rule.R1, claim.claimantId(), 2014, LocalDate.of(2014, 12, 31), null)))
                .orElseThrow();
        String[] header = {"身份证号", "姓名", "用工企业统一社会信用代码", "入职日期", "离职日期", "招聘渠道", "入职确认日期", "五险缴纳月份", "任务编号"};
        Path file = Workbooks.write(dir.resolve("r1.xlsx"), header,
                new String[] {"440301198002290015", "装配工2", "91350100M000100Y43", "2014-04-01", "", "基础社招", "2014-04-02", "", "CQ-2014-1"},
                new String[] {"11010519491231002X", "装配工3", "91350100M000100Y43", "2014-05-01", "", "基础社招", "2014-05-02", "", "CQ-2099-9"});
        ImportReport bad = s.rosterImport().run(r1, file, ImportMode.ALL_OR_NOTHING, null, Progress.NONE);
        assertThat(bad.imported()).isZero();
        assertThat(bad.problems()).extracting(p -> p.row() + p.column() + " " + p.message())
                .containsExactly("3I 招工任务台账中没有“CQ-2099-9”");

        Workbooks.write(file, header,
                new String[] {"440301198002290015", "装配工2", "91350100M000100Y43", "2014-04-01", "", "基础社招", "2014-04-02", "", "CQ-2014-1"},
                new String[] {"11010519491231002X", "装配工3", "91350100M000100Y43", "2014-05-01", "", "基础社招", "2014-05-02", "", ""});
        assertThat(s.rosterImport().run(r1, file, ImportMode.ALL_OR_NOTHING, null, Progress.NONE).imported()).isEqualTo(2);
        assertThat(s.claims().lines(r1.id())).extracting(ClaimLine::workerName, l -> l.amount().fen(),
                        l -> l.failures().stream().map(f -> f.reason().name()).toList())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("装配工2", 5000L, List.of()),                 // basic task: 50 yuan
                        org.assertj.core.groups.Tuple.tuple("装配工3", 0L, List.of("TASK_MISSING")));     // counted toward no task
    }

    @Test
    void theRosterRecordsEachPersonsGroupAndAnEmptyCellKeepsWhatWasKnown() throws Exception {
        String[] header = {"身份证号", "姓名", "用工企业统一社会信用代码", "入职日期", "离职日期", "招聘渠道", "入职确认日期", "五险缴纳月份",
            "任务编号", "人员类别"};
        Path file = Workbooks.write(dir.resolve("groups.xlsx"), header,
                new String[] {"440301198002290015", "装配工2", "91500113MA5U12346T", "2014-04-01", "", "基础社招", "", "", "", "返乡农民工"},
                new String[] {"11010519491231002X", "装配工3", "91500113MA5U12346T", "2014-05-01", "", "基础社招", "", "", "", ""},
                new String[] {"500113199001011235", "操作工1", "91500113MA5U12346T", "2014-03-10", "", "基础社招", "", "", "", "职业院校毕业生"},
                new String[] {"110101199003074717", "装配工4", "91500113MA5U12346T", "2014-05-01", "", "基础社招", "", "", "", "学生"});
        ImportReport bad = s.rosterImport().run(claim, file, ImportMode.ALL_OR_NOTHING, null, Progress.NONE);
        assertThat(bad.problems()).extracting(p -> p.row() + p.column() + " " + p.message()).containsExactly("5J “学生”不是可选的值，请从下拉列表中选择");

        Workbooks.write(file, header,
                new String[] {"440301198002290015", "装配工2", "91500113MA5U12346T", "2014-04-01", "", "基础社招", "", "", "", "返乡农民工"},
                new String[] {"11010519491231002X", "装配工3", "91500113MA5U12346T", "2014-05-01", "", "基础社招", "", "", "", ""},
                new String[] {"500113199001011235", "操作工1", "91500113MA5U12346T", "2014-03-10", "", "基础社招", "", "", "", "职业院校毕业生"});
        assertThat(s.rosterImport().run(claim, file, ImportMode.ALL_OR_NOTHING, null, Progress.NONE).imported()).isEqualTo(3);
        // a new person takes the roster's group, or 其他 when the cell is empty; a known person (操作工1) takes the newer word
        assertThat(s.database().dsl().select(WORKER.NAME, WORKER.TARGET_GROUP).from(WORKER).orderBy(WORKER.NAME).fetch()
                .map(r -> r.value1() + ":" + r.value2())).containsExactlyInAnyOrder("装配工2:RETURNING_MIGRANT", "装配工3:OTHER",
                "操作工1:VOCATIONAL_GRADUATE");
    }

    @Test
    void oneBadRowAndNothingIsImportedThenFixedEveryLineIsJudgedAndTheDuplicateFlagged() throws Exception {
        int workers = s.database().dsl().fetchCount(WORKER);
        ImportReport bad = s.rosterImport().run(claim, roster("110105194912310021"), ImportMode.ALL_OR_NOTHING, null, Progress.NONE);
        assertThat(bad.imported()).isZero();
        assertThat(bad.problems()).extracting(p -> p.row() + p.column() + " " + p.message()).containsExactly("3A 公民身份号码校验位错误");
        assertThat(s.database().dsl().fetchCount(WORKER)).as("no worker left behind").isEqualTo(workers);
        assertThat(s.database().dsl().fetchCount(CLAIM_LINE, CLAIM_LINE.CLAIM_ID.eq(claim.id()))).isZero();

        ImportReport good = s.rosterImport().run(claim, roster("11010519491231002X"), ImportMode.ALL_OR_NOTHING, null, Progress.NONE);
        assertThat(good.problems()).isEmpty();
        assertThat(good.imported()).isEqualTo(3);
        List<ClaimLine> lines = s.claims().lines(claim.id());
        assertThat(lines).extracting(ClaimLine::workerName, ClaimLine::eligible, l -> l.amount().fen(), ClaimLine::monthsCounted)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("装配工2", true, 90000L, 9),   // 04-01 + 9 months = 2015-01-01 <= 12-31 + 1; capped at 3
                        org.assertj.core.groups.Tuple.tuple("操作工1", true, 30000L, 9),   // 2 months granted in the earlier claim: 1 more
                        org.assertj.core.groups.Tuple.tuple("装配工3", false, 0L, 0));     // 05-01 to 05-20: no whole month
        assertThat(s.claims().flags(claim.id())).extracting(ClaimFlag::kind)
                .containsExactlyInAnyOrder(FlagKind.SAME_PLACEMENT, FlagKind.R2_CAP_ACROSS_CLAIMS);
        assertThat(s.claims().totals(claim.id()).total()).isEqualTo(Money.ofYuan(1200));
        assertThat(s.database().dsl().fetchCount(PLACEMENT)).as("the existing placement is reused").isEqualTo(3);
        // first-time workers are written in bulk, with the same travelling columns as any other write
        var w = s.database().dsl().fetchOne("select w.origin_site, cast(w.version as text), w.updated_at, p.insured_months, l.judged_at, l.failures"
                + " from worker w join placement p on p.worker_id = w.id join claim_line l on l.placement_id = p.id where w.name = '装配工3'");
        assertThat(w.get(0, String.class)).isEqualTo("OFFICE");
        assertThat(Long.parseLong(w.get(1, String.class))).isPositive();
        assertThat(w.get(2, String.class)).as("to the millisecond, always").isEqualTo("2026-11-28T02:00:00.000Z");
        assertThat(w.get(3, String.class)).isEmpty();
        assertThat(w.get(5, String.class)).isEqualTo("NO_WHOLE_MONTH\tpolicy.reason.NO_WHOLE_MONTH");
        long versions = s.database().dsl().fetchCount(s.database().dsl().selectDistinct(WORKER.VERSION).from(WORKER));
        assertThat(versions).as("every write its own clock value").isEqualTo(s.database().dsl().fetchCount(WORKER));

        ImportReport again = s.rosterImport().run(claim, roster("11010519491231002X"), ImportMode.ALL_OR_NOTHING, null, Progress.NONE);
        assertThat(again.imported()).isZero();
        assertThat(again.problems()).extracting(CellProblem::message).containsOnly("该用工记录已在本申报中");
    }

    @Test
    void goodRowsOnlyKeepsTheRestAsAnErrorWorkbook() throws Exception {
        Path errors = dir.resolve("errors.xlsx");
        ImportReport report = s.rosterImport().run(claim, roster("110105194912310021"), ImportMode.GOOD_ROWS_ONLY, errors, Progress.NONE);
        assertThat(report.imported()).isEqualTo(2);
        try (XSSFWorkbook wb = new XSSFWorkbook(errors.toFile())) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("110105194912310021");
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("A: 公民身份号码校验位错误");
        }
    }

    @Test
    void aBrokenFileOrACancelLeavesTheDatabaseAsItWas() throws Exception {
        int lines = s.database().dsl().fetchCount(CLAIM_LINE);
        Path broken = java.nio.file.Files.writeString(dir.resolve("broken.xlsx"), "not a workbook");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.rosterImport().run(claim, broken, ImportMode.ALL_OR_NOTHING, null, Progress.NONE))
                .isInstanceOf(cn.banan.hrdesk.xlsx.UnreadableWorkbookException.class);
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.rosterImport().run(claim, roster("11010519491231002X"),
                ImportMode.ALL_OR_NOTHING, null, cancelled)).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(s.database().dsl().fetchCount(CLAIM_LINE)).isEqualTo(lines);
        assertThat(s.database().dsl().fetchCount(WORKER)).isEqualTo(1);
    }

    @Test
    void theTemplateHasTheHeadersAndDropDowns() throws Exception {
        Path file = dir.resolve("template.xlsx");
        s.rosterImport().template(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("身份证号");
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("人员类别");
            assertThat(sheet.getDataValidations()).as("the channel and the group; a task is named by its number").hasSize(2);
        }
        ImportReport empty = s.rosterImport().run(claim, file, ImportMode.ALL_OR_NOTHING, null, Progress.NONE);
        assertThat(empty.rowsRead()).isZero();
        assertThat(empty.problems()).isEmpty();
    }
}
