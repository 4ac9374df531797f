package cn.banan.hrdesk.reports.annual;

import static cn.banan.hrdesk.testing.TwoFundClaim.GENERAL;
import static cn.banan.hrdesk.testing.TwoFundClaim.PARK_PAYER;
import static cn.banan.hrdesk.testing.TwoFundClaim.act;
import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.claims.workflow.Payment;
import cn.banan.hrdesk.claims.workflow.StepRequest;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.liaison.TaskKind;
import cn.banan.hrdesk.office.ExpenseCategory;
import cn.banan.hrdesk.office.OfficeRegisters;
import cn.banan.hrdesk.office.PublicityChannel;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import cn.banan.hrdesk.xlsx.FigureTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2014 figures of a small district, worked by hand. The R2 claim of {@link TwoFundClaim} (two lines of 900 yuan,
 * one paid by the economic park's committee, one by the fund); the agency also delivered one person to a T1
 * enterprise toward a basic task, confirmed and not yet claimed (R1 owes 50 yuan); a key enterprise with an approved
 * demand of 5 hired one person; two publicity activities and one in 2015; 10,000 yuan allocated, 2,000 spent.
 */
class AnnualReportTest {
    @TempDir
    Path dir;
    Services s;

    @BeforeEach
    void setUp() {
        s = TempStore.open(dir);
        TwoFundClaim c = new TwoFundClaim(s);
        c.approve(s, FundingSource.ECONOMIC_PARK, FundingSource.DISTRICT_FUND);
        s.session().signIn(GENERAL);
        LocalDate today = LocalDate.now(TempStore.CLOCK);
        s.notices().publish(List.of(c.claimId), today.minusDays(10), 7, dir.resolve("公示.xlsx"));
        act(s, PARK_PAYER, StepRequest.pay(c.claimId, FundingSource.ECONOMIC_PARK, new Payment(today, "PZ-1", "巴南人力资源公司",
                "6228480000000000011"), null));
        s.session().signIn(GENERAL);
        String t1 = s.enterprises().save(new EnterpriseForm(null, "甲电子有限公司", "91500113Q80272338W", Park.LOGISTICS_BASE, "", "", "",
                Tier.T1_ELECTRONICS, LocalDate.of(2014, 1, 1)));
        String t3 = s.enterprises().save(new EnterpriseForm(null, "丙重点有限公司", "91500113J76076050U", Park.NONE, "", "", "",
                Tier.T3_DISTRICT_KEY, LocalDate.of(2014, 1, 1)));
        s.enterpriseDetails().putDemand(t3, 2014, 5);
        Map<String, Object> task = new HashMap<>(Map.of("task_no", "CQ-2014-1", "task_type", TaskKind.BASIC_SOCIAL, "quota", 10L,
                "starts_on", LocalDate.of(2014, 1, 1), "ends_on", LocalDate.of(2014, 12, 31), "responsible_unit", "区人社局"));
        s.session().signIn(TwoFundClaim.LIAISON);
        s.registers().save(LiaisonRegisters.TASKS, null, task);
        String back = s.parties().save(new Worker(null, "11010519491231002X", "返乡工丙", null, TargetGroup.RETURNING_MIGRANT));
        String graduate = s.parties().save(new Worker(null, "110101199003074717", "毕业生丁", null, TargetGroup.VOCATIONAL_GRADUATE));
        s.placements().save(new PlacementForm(null, back, t1, c.agency, Channel.BASIC_SOCIAL, LocalDate.of(2014, 4, 1), LocalDate.of(2014, 4, 2),
                null, "", "CQ-2014-1"));
        s.placements().save(new PlacementForm(null, graduate, t3, null, Channel.DIRECT, LocalDate.of(2014, 5, 1), null, null, "", null));
        s.session().signIn(GENERAL);
        publicity(PublicityChannel.TV, LocalDate.of(2014, 6, 1), 1000, 10);
        publicity(PublicityChannel.FAIR, LocalDate.of(2014, 7, 1), 300, 50);
        publicity(PublicityChannel.FAIR, LocalDate.of(2015, 1, 5), 999, 99);
        s.workFund().allocate(LocalDate.of(2014, 2, 1), Money.ofYuan(10_000), "巴财〔2014〕1号");
        s.registers().save(OfficeRegisters.EXPENDITURES, null, Map.of("category", ExpenseCategory.PUBLICITY, "spent_on", LocalDate.of(2014, 6, 2),
                "purpose", "电视广告", "amount_fen", Money.ofYuan(2_000), "voucher_no", "PZ-9"));
    }

    void publicity(PublicityChannel channel, LocalDate on, long reach, long registered) {
        s.registers().save(OfficeRegisters.PUBLICITY, null, Map.of("channel", channel, "held_on", on, "reach", reach, "registered", registered));
    }

    @AfterEach
    void close() {
        s.close();
    }

    static FigureTable table(List<FigureTable> tables, String sheet) {
        return tables.stream().filter(t -> t.sheetName().equals(sheet)).findFirst().orElseThrow();
    }

    /** A table's rows as text: name, then each figure as the window shows it. */
    static List<String> rows(FigureTable t) {
        return t.rows().stream().map(r -> String.join("|", r.stream().map(v -> v instanceof Money m ? m.toYuanString()
                : v instanceof cn.banan.hrdesk.xlsx.Ratio q ? q.percent() : String.valueOf(v)).toList())).toList();
    }

    @Test
    void theYearsClaimsAreCountedFiveWaysAndAddUp() {
        List<FigureTable> tables = s.annualReport().tables(2014);
        // one claim, two lines, both eligible: 1,800 approved, the park's 900 paid
        assertThat(rows(table(tables, "按补贴规则"))).containsExactly("R2 输送补贴（市级信息产业重点配套企业）|1|2|2|1,800.00|900.00",
                "合计|1|2|2|1,800.00|900.00");
        assertThat(rows(table(tables, "按资金来源"))).containsExactly("区工业发展基金|1|1|1|900.00|0.00", "区经济园区管委会|1|1|1|900.00|900.00",
                "合计|1|2|2|1,800.00|900.00");
        assertThat(rows(table(tables, "按所在园区"))).containsExactly("区经济园区|1|1|1|900.00|900.00", "不在园区|1|1|1|900.00|0.00",
                "合计|1|2|2|1,800.00|900.00");
        assertThat(rows(table(tables, "按企业层级（入职日）"))).containsExactly("市级信息产业重点配套企业|1|2|2|1,800.00|900.00", "合计|1|2|2|1,800.00|900.00");
        assertThat(rows(table(tables, "按申报主体类型"))).containsExactly("人力资源机构|1|2|2|1,800.00|900.00", "合计|1|2|2|1,800.00|900.00");
        assertThat(rows(table(s.annualReport().tables(2015), "按补贴规则"))).as("another year has none").containsExactly("合计|0|0|0|0.00|0.00");
    }

    @Test
    void tasksDemandGroupsPublicityAndTheFundAreTheYearsOwn() {
        List<FigureTable> tables = s.annualReport().tables(2014);
        assertThat(rows(table(tables, "招工任务"))).containsExactly("CQ-2014-1|基础社招|2014-01-01 至 2014-12-31|10|1|10.0%", "合计|||10|1|10.0%");
        // the T2 hires are not the key enterprise's; its one hire against 5 approved
        assertThat(rows(table(tables, "核定用工"))).containsExactly("丙重点有限公司|5|1|0|20.0%", "合计|5|1|0|20.0%");
        // R2 pays the two OTHER hires; the returning migrant was confirmed; the graduate neither
        assertThat(rows(table(tables, "人员类别"))).containsExactly("返乡农民工|1|1|0", "职业院校毕业生|1|0|0", "外来务工人员|0|0|0", "其他|2|0|2",
                "合计|4|1|2");
        assertThat(rows(table(tables, "招工宣传"))).contains("电视|1|1000|10", "专场招聘会|1|300|50", "合计|2|1300|60");
        assertThat(rows(table(tables, "工作经费"))).containsExactly("支出：招工宣传|1|2,000.00", "支出：招工平台搭建|0|0.00",
                "支出：工作会议组织|0|0.00", "支出：外引回引差旅费|0|0.00", "支出登记合计|1|2,000.00", "本年拨入|1|10,000.00", "本年据实拨付|0|0.00",
                "2014年末结余||10,000.00");
    }

    @Test
    void theR1SettlementListsTheDeliveryNotYetClaimed() {
        assertThat(rows(table(s.annualReport().tables(2014), "R1年终结算")))
                .containsExactly("1|巴南人力资源公司（人力资源机构）|1|0|0|50.00||0.00|0.00|50.00", "合计||1|0|0|50.00||0.00|0.00|50.00");
    }

    @Test
    void theWorkbookHasASheetPerTableWithNativeChartsOverItsOwnCellsOnA4() throws Exception {
        Path file = dir.resolve("2014年度统计.xlsx");
        s.annualReport().write(2014, file);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(11);
            var bySource = wb.getSheet("按资金来源");
            assertThat(bySource.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2014年度招工补贴申报情况（按资金来源）");
            assertThat(bySource.getRow(2).getCell(0).getStringCellValue()).isEqualTo("区工业发展基金");
            assertThat(bySource.getRow(3).getCell(5).getNumericCellValue()).as("the park's 900 yuan paid, a number").isEqualTo(900.0);
            var charts = bySource.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            // the chart's categories are the two sources' cells, not the total under them
            assertThat(charts.get(0).getChartSeries().get(0).getSeries(0).getCategoryData().getDataRangeReference())
                    .isEqualTo("按资金来源!$A$3:$A$4");
            assertThat(bySource.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(bySource.getPrintSetup().getLandscape()).isFalse();
            var r1 = wb.getSheet("R1年终结算");
            assertThat(r1.getPrintSetup().getLandscape()).as("ten columns turn the page").isTrue();
            assertThat(r1.getDrawingPatriarch()).as("a list to sign has no chart").isNull();
            assertThat(r1.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(50.0);
            assertThat(wb.getSheet("人员类别").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }
}
