package cn.banan.hrdesk.bench;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimForm;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.store.Database;
import cn.banan.hrdesk.xlsx.ImportMode;
import cn.banan.hrdesk.xlsx.ImportReport;
import cn.banan.hrdesk.xlsx.StreamingSheetReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A roster of ROWS placements (default 100,000) imported and judged into an R2 claim, against a bare streaming
 * read of the same file in the same process. Not a test: it prints the times and their ratio.
 * Run: mvn -q -Pbench verify -DskipTests -Dbench.rosterRows=100000 (docs/benchmarks.md).
 */
public final class RosterImportBench {
    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rosterRows", 100_000);
        Path dir = Files.createTempDirectory("hrdesk-roster-bench");
        Path file = dir.resolve("roster.xlsx");
        write(file, rows);
        System.out.printf("roster of %,d rows: %,d bytes; heap limit %,d MB%n", rows, Files.size(file), Runtime.getRuntime().maxMemory() >> 20);
        long[] bare = new long[3];
        for (int i = 0; i < bare.length; i++) {
            long t = System.nanoTime();
            int[] n = {0};
            StreamingSheetReader.read(file, h -> { }, r -> n[0]++);
            bare[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(bare);
        Texts texts = new Texts(Locale.SIMPLIFIED_CHINESE);
        try (Services s = new Services(Database.open(dir.resolve("bench.db")), Site.OFFICE, texts, Clock.systemDefaultZone(),
                cn.banan.hrdesk.security.Session.of(cn.banan.hrdesk.testing.Operator.everything("bench")))) {
            s.enterprises().save(new EnterpriseForm(null, "示例配套有限公司", "91500113MA5U12346T", Park.ECONOMIC_PARK, "", "", "",
                    Tier.T2_IT_SUPPORT, LocalDate.of(2014, 1, 1)));
            String agency = s.parties().save(new Intermediary(null, IntermediaryKind.HR_AGENCY, "示例机构", "52500113123456788D", null, "A", "B", "62220000000000001"));
            Claim claim = s.claims().find(s.claims().create(new ClaimForm(Rule.R2, agency, 2014, LocalDate.of(2014, 12, 31), null))).orElseThrow();
            long t = System.nanoTime();
            ImportReport report = s.rosterImport().run(claim, file, ImportMode.ALL_OR_NOTHING, null, Progress.NONE);
            long judged = System.nanoTime() - t;
            System.out.printf("bare streaming read: median %.2f s of %d%n", bare[1] / 1e9, bare.length);
            System.out.printf("import and judge:    %.2f s (%,d lines, %d problems)%n", judged / 1e9, report.imported(), report.problems().size());
            System.out.printf("ratio: x%.2f of the bare read%n", (double) judged / bare[1]);
        }
    }

    static void write(Path file, int rows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = wb.createSheet();
            String[] header = {"身份证号", "姓名", "用工企业统一社会信用代码", "入职日期", "离职日期", "招聘渠道", "入职确认日期", "五险缴纳月份"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row r = sheet.createRow(i + 1);
                LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i % 12000);
                String first17 = "500113" + birth.toString().replace("-", "") + String.format("%03d", i / 12000);
                LocalDate hire = LocalDate.of(2014, 1, 1).plusDays(i % 300);
                String[] cells = {ResidentId.complete(first17).value(), "示例" + i, "91500113MA5U12346T", hire.toString(),
                    i % 5 == 0 ? hire.plusDays(40).toString() : "", "基础社招", hire.plusDays(1).toString(), hire.toString().substring(0, 7) + "~2014-12"};
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        r.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }
}
