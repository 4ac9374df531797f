package cn.banan.hrdesk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leading group's monthly report on the demo data: each figure checked against the records it sums. */
class MonthlyReportTest {
    @TempDir
    Path dir;

    @Test
    void theReportSumsClaimsTheWorkFundPublicityAndRetentionFromTheRecords() throws Exception {
        try (Services s = TempStore.open(dir)) {
            s.demoData().fill(Progress.NONE);
            List<ReportLine> november = s.monthlyReport().lines(YearMonth.of(2026, 11));
            long claims = november.stream().filter(l -> l.section().startsWith("补贴申报")).mapToLong(ReportLine::amountFen).sum();
            long expected = Long.parseLong(s.database().dsl().fetchValue("SELECT sum(l.amount_fen) FROM claim_line l WHERE l.eligible = 1 AND NOT EXISTS"
                    + " (SELECT 1 FROM claim_event e WHERE e.claim_id = l.claim_id AND e.decision = 'REJECT')").toString());
            assertThat(claims).as("every eligible line of claims not rejected").isEqualTo(expected);
            assertThat(november).filteredOn(l -> l.item().equals("累计拨入")).singleElement()
                    .satisfies(l -> assertThat(l.amountFen()).as("demo: 50,000 + 30,000 yuan").isEqualTo(8_000_000L));
            assertThat(november).filteredOn(l -> l.item().equals("结余")).singleElement()
                    .satisfies(l -> assertThat(l.amountFen()).as("80,000 − 1,800 − 3,100 yuan").isEqualTo(7_510_000L));
            assertThat(november).filteredOn(l -> l.section().equals("招工任务进度")).hasSize(9);
            assertThat(november).filteredOn(l -> l.section().equals("领导小组组成")).extracting(ReportLine::item)
                    .as("the demo's group: 组长, 2 副组长, the office's 主任 and 4 副主任, 7 member units").hasSize(15)
                    .startsWith("组长 · 区政府", "副组长 · 区人力社保局");

            s.forms().write(s.claims().list().get(0).id(), dir.resolve("form.xlsx"));
            try (XSSFWorkbook form = new XSSFWorkbook(Files.newInputStream(dir.resolve("form.xlsx")))) {
                assertThat(form.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("招工补贴审批表（示例数据，不得用于实际业务）");
            }
            assertThat(cn.banan.hrdesk.store.DemoMark.isDemo(s.database().dsl())).isTrue();
            Path out = dir.resolve("月报.xlsx");
            int written = s.monthlyReport().write(YearMonth.of(2024, 5), out);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
                Sheet sheet = wb.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as("a demo database's report says so")
                        .isEqualTo("重点产业人力资源保障工作月报（2024年5月）（示例数据，不得用于实际业务）");
                assertThat(sheet.getLastRowNum()).as("title, header and every line").isEqualTo(written + 1);
                long publicity = 0;
                String reported = null;
                for (Row r : sheet) {
                    if (r.getRowNum() > 1 && r.getCell(0).getStringCellValue().equals("本月招工宣传")) {
                        publicity++;
                    }
                    if (r.getRowNum() > 1 && r.getCell(1).getStringCellValue().equals("报送企业数")) {
                        reported = r.getCell(2).getStringCellValue();
                    }
                }
                assertThat(publicity).as("May of the demo's first year (2024 by the test clock) has publicity").isPositive();
                assertThat(reported).as("twelve enterprises report each month from March to August").isEqualTo("12");
                String trailHead = s.database().dsl().fetchOne("SELECT seq || ' 条，末条 ' || substr(hash, 1, 12) FROM audit_entry"
                        + " WHERE origin_site = 'OFFICE' ORDER BY seq DESC LIMIT 1").get(0, String.class);
                Row last = sheet.getRow(sheet.getLastRowNum());
                assertThat(last.getCell(0).getStringCellValue()).isEqualTo("校验值");
                assertThat(last.getCell(1).getStringCellValue()).as("the trail's head when the report was made").contains("操作日志 " + trailHead);
            }
        }
    }
}
