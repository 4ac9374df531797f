package cn.banan.hrdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as scripts see it (CONTRACTS.md): stdout lines, stderr words, exit status. */
class CliTest {
    @TempDir
    Path dir;
    String out;
    String err;

    int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8)).run(args);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return status;
    }

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
    void usageErrorsExitWithTwoAndEveryCommandHasHelp() {
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(run("validate")).as("neither values nor --file").isEqualTo(2);
        for (String command : new String[] {"validate", "demo-data", "import-enterprises", "export-enterprises", "backup"}) {
            assertThat(run(command, "--help")).isZero();
            assertThat(out).contains("Usage:");
        }
        assertThat(run("--help")).isZero();
        assertThat(out).contains("validate", "demo-data", "backup");
    }

    @Test
    void demoDataFillsOnceThenRefusesAndExportImportRoundTrips() {
        Path db = dir.resolve("demo.db");
        assertThat(run("--db", db.toString(), "demo-data")).isZero();
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
        assertThat(run("--db", dir.resolve("nothing.db").toString(), "backup", "--out", dir.resolve("b/none.db").toString())).isEqualTo(3);
        assertThat(err).contains("数据库出错");
        assertThat(Files.exists(dir.resolve("b/none.db"))).isFalse();
    }
}
