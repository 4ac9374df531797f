package cn.banan.hrdesk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.cli.Cli;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.testing.TempStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `export-ledgers` on the demo data: the sixteen files CONTRACTS.md names, each with Chinese headers and A4 print setup. */
class ExportLedgersTest {
    static final List<String> CONTRACT = List.of("企业名录", "补贴申报台账", "资金台账", "工作经费台账", "招工宣传台账", "工作会议台账", "重点企业认定台账",
            "核定用工台账", "稳岗监测台账", "企业诉求台账", "招工任务台账", "输送机构台账", "职业院校专业信息库", "人力资源市场信息库", "校企合作台账", "招聘会台账");
    @TempDir
    Path dir;

    @Test
    void everyRegisterIsWrittenAsItsOwnWorkbookNamedAsTheContractSays() throws Exception {
        try (Services s = TempStore.open(dir)) {
            s.demoData().fill(Progress.NONE);
        }
        Path out = dir.resolve("台账");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("--db", dir.resolve("hrdesk.db").toString(), "export-ledgers", "--out", out.toString());
        assertThat(status).isEqualTo(Cli.OK);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(CONTRACT.stream().map(n -> n + ".xlsx").toList());
        }
        for (String name : CONTRACT) {
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(name + ".xlsx")))) {
                Sheet sheet = wb.getSheetAt(0);
                assertThat(sheet.getPrintSetup().getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).as(name + " one page wide").isTrue();
                assertThat(wb.getPrintArea(0)).as(name).isNotNull();
                assertThat(sheet.getRepeatingRows()).as(name + " header on every page").isNotNull();
                int header = sheet.getRepeatingRows().getLastRow();
                String first = sheet.getRow(header).getCell(0).getStringCellValue();
                assertThat(first).as(name + " Chinese header").matches(".*\\p{IsHan}.*");
                assertThat(sheet.getColumnWidth(0)).as(name + " fixed width").isGreaterThan(256 * 4);
                assertThat(sheet.getLastRowNum()).as(name + " holds the demo rows").isGreaterThan(header);
            }
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("已导出 16 个台账");
    }
}
