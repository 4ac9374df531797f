package cn.banan.hrdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The command line as scripts see it (CONTRACTS.md): stdout lines, stderr words, exit status. */
class CliTest extends CommandLineTest {
    @Test
    void validatePrintsOneLinePerValueAsTheContractSays() {
        int status = run("validate", "11010519491231002x", "91350100M000100Y43", "110105194912310021", "12345", "990105194912310023");
        assertThat(status).isEqualTo(1);
        assertThat(out.lines()).containsExactly(
                "11010519491231002x\tOK\t11010519491231002X",
                "91350100M000100Y43\tOK\t91350100M000100Y43",
                "110105194912310021\tINVALID\tCHECKSUM\t公民身份号码校验位错误",
                "12345\tINVALID\tLENGTH\t统一社会信用代码应为18位",
                "990105194912310023\tINVALID\tREGION\t公民身份号码前两位不是省级行政区划代码");
        assertThat(run("validate", "11010519491231002X")).isZero();
    }

    @Test
    void validateFileChecksTheIdColumnsOfCsvAndXlsx() throws Exception {
        Path csv = dir.resolve("ids.csv");
        Files.writeString(csv, "\uFEFF姓名,身份证号,统一社会信用代码\n甲,11010519491231002X,\n乙,110105194912310021,91350100M000100Y43\n", StandardCharsets.UTF_8);
        assertThat(run("validate", "--file", csv.toString())).isEqualTo(1);
        assertThat(out.lines()).containsExactly(
                "2\t身份证号\t11010519491231002X\tOK\t11010519491231002X",
                "3\t身份证号\t110105194912310021\tINVALID\tCHECKSUM\t公民身份号码校验位错误",
                "3\t统一社会信用代码\t91350100M000100Y43\tOK\t91350100M000100Y43");
        Path xlsx = dir.resolve("ids.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var os = Files.newOutputStream(xlsx)) {
            var s = wb.createSheet();
            s.createRow(0).createCell(0).setCellValue("credit_code");
            s.createRow(1).createCell(0).setCellValue("91350100M000100Y43");
            wb.write(os);
        }
        assertThat(run("validate", "--file", xlsx.toString())).isZero();
        assertThat(out.lines()).containsExactly("2\tcredit_code\t91350100M000100Y43\tOK\t91350100M000100Y43");
    }

    @Test
    void evaluateReadsXlsxWithChineseHeadersAndUsesTheVersionInForceOnTheHireDate() throws Exception {
        Path db = dir.resolve("p.db");
        try (var services = new cn.banan.hrdesk.app.Services(cn.banan.hrdesk.store.Database.open(db), cn.banan.hrdesk.core.Site.OFFICE,
                cn.banan.hrdesk.testing.TempStore.TEXTS, cn.banan.hrdesk.testing.TempStore.CLOCK,
                cn.banan.hrdesk.security.Session.of(cn.banan.hrdesk.testing.Operator.everything("测试")))) {
            services.parameters().add(new cn.banan.hrdesk.policy.PolicyParameters(0, java.time.LocalDate.of(2016, 1, 1), "新文号",
                    5000, 10000, 0, 30000, 3, 80000, 12, 6, 6), null);
        }
        Path xlsx = dir.resolve("cases.xlsx");
        String[][] rows = {
            {"编号", "规则", "企业层级", "所在园区", "身份证号", "入职日期", "截止日期", "五险缴纳月数", "已领取", "不认识的列"},
            {"old", "R3", "区内重点企业", "不在园区", "11010519491231002X", "2015-03-01", "2015-12-31", "9", "N", "x"},
            {"new", "R3", "T3_DISTRICT_KEY", "NONE", "11010519491231002X", "2016-03-01", "2016-12-31", "9", "N", "x"},
            {"broken", "R9", "", "", "", "", "", "", "", ""},
            {"dates", "R2", "T2_IT_SUPPORT", "NONE", "11010519491231002X", "someday", "2016-12-31", "", "", ""}};
        try (XSSFWorkbook wb = new XSSFWorkbook(); var os = Files.newOutputStream(xlsx)) {
            var s = wb.createSheet();
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(os);
        }
        Path out = dir.resolve("out.csv");
        assertThat(run("--db", db.toString(), "evaluate", xlsx.toString(), "--out", out.toString())).isZero();
        assertThat(Files.readAllLines(out)).containsExactly(
                "case_id,eligible,amount_fen,months_counted,funding_source,reasons,reasons_zh",
                "old,Y,60000,10,DISTRICT_FUND,,", // 03-01 + 10 months = 01-01 <= 12-31 + 1
                "new,Y,80000,10,DISTRICT_FUND,,",
                "broken,N,0,,,,补贴规则应为 R1、R2 或 R3",
                "dates,N,0,,DISTRICT_FUND,DATES_INVALID,日期缺失或无法识别（应写成 2014-03-10）");
        assertThat(err).contains("已测算 4 条，其中符合条件 2 条");
        assertThat(run("--db", dir.resolve("none.db").toString(), "evaluate", xlsx.toString(), "--out", out.toString()))
                .as("an existing output is not replaced unless asked").isEqualTo(1);
        assertThat(err).contains("文件已存在").contains("--force");
        assertThat(Files.readAllLines(out).get(2)).as("left as it was").isEqualTo("new,Y,80000,10,DISTRICT_FUND,,");
        assertThat(run("--db", dir.resolve("none.db").toString(), "evaluate", xlsx.toString(), "--out", out.toString(), "--force")).isZero();
        assertThat(Files.readAllLines(out).get(2)).as("no database: the 2014 figures").isEqualTo("new,Y,60000,10,DISTRICT_FUND,,");
        assertThat(Files.exists(dir.resolve("none.db"))).as("evaluate creates no database").isFalse();
    }

    @Test
    void usageErrorsExitWithTwoAndEveryCommandHasHelp() {
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(run("validate")).as("neither values nor --file").isEqualTo(2);
        for (String command : new String[] {"validate", "demo-data", "import-enterprises", "export-enterprises", "backup", "evaluate"}) {
            assertThat(run(command, "--help")).isZero();
            assertThat(out).contains("Usage:");
        }
        assertThat(run("--help")).isZero();
        assertThat(out).contains("validate", "demo-data", "backup");
    }

    @Test
    void demoDataFillsOnceThenRefusesAndExportImportRoundTrips() {
        Path db = dir.resolve("demo.db");
        assertThat(run("--db", db.toString(), "demo-data")).as(err).isZero();
        assertThat(err).contains("60 家企业");
        assertThat(run("--db", db.toString(), "demo-data")).isEqualTo(1);
        assertThat(err).contains("数据库中已有数据");
        Path xlsx = dir.resolve("企业名录.xlsx");
        assertThat(run("--db", db.toString(), "export-enterprises", xlsx.toString())).isZero();
        assertThat(run("--db", dir.resolve("other.db").toString(), "import-enterprises", xlsx.toString())).isZero();
        assertThat(err).contains("导入 60 行");
        assertThat(run("--db", dir.resolve("other.db").toString(), "import-enterprises", xlsx.toString())).as("duplicates").isEqualTo(1);
        assertThat(out.lines().findFirst()).contains("row\tcolumn\theader\tmessage");
        assertThat(out.lines().skip(1)).hasSize(60).allMatch(l -> l.matches("\\d+\tB\t统一社会信用代码\t该统一社会信用代码已登记.*"));
    }

    @Test
    void badInputExitsWithOneAndFailuresWithThreeWithWordsOnStderr() throws Exception {
        Path db = dir.resolve("x.db");
        Path broken = dir.resolve("broken.xlsx");
        Files.writeString(broken, "not a workbook");
        assertThat(run("--db", db.toString(), "import-enterprises", broken.toString())).isEqualTo(1);
        assertThat(err).contains("无法读取文件").contains("broken.xlsx");
        assertThat(run("--db", db.toString(), "import-enterprises", dir.resolve("missing.xlsx").toString())).isEqualTo(1);
        assertThat(err).contains("找不到文件");
        assertThat(run("--db", db.toString(), "backup", "--out", dir.resolve("b/copy.db").toString())).isZero();
        assertThat(Files.exists(dir.resolve("b/copy.db"))).isTrue();
        assertThat(Files.exists(dir.resolve("b/copy-附件"))).as("no attached files, no folder").isFalse();
        assertThat(run("--db", dir.resolve("nothing.db").toString(), "backup", "--out", dir.resolve("b/none.db").toString()))
                .as("a missing database is the input's problem (CONTRACTS.md)").isEqualTo(1);
        assertThat(err).contains("找不到数据库文件", "nothing.db");
        assertThat(Files.exists(dir.resolve("b/none.db"))).isFalse();
    }
}
