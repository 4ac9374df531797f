package cn.banan.hrdesk.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.banan.hrdesk.testing.RawXlsx;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .xlsx and .csv readers: what Excel, WPS and other programs write is read; what is built to harm is refused in words. */
class TableFileReadersTest {
    private static final ReadLimits SMALL = new ReadLimits(1 << 20, 1 << 16, 1 << 16, 10, 100, 20_000, 1 << 20);
    @TempDir
    Path dir;

    private record Read(List<String> header, List<SheetRow> rows) {
    }

    private Read read(Path file, ReadLimits limits) {
        List<String> header = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        if (file.toString().endsWith(".csv")) {
            CsvSheetReader.read(file, limits, header::addAll, rows::add);
        } else {
            StreamingSheetReader.read(file, limits, header::addAll, rows::add);
        }
        return new Read(header, rows);
    }

    private static RefusedFileException refusal(Throwable e) {
        assertThat(e).isInstanceOf(RefusedFileException.class);
        return (RefusedFileException) e;
    }

    @Test
    void excelsOwnCellsReadAsExcelShowsThem() throws Exception {
        Path file = dir.resolve("excel.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            var sheet = wb.createSheet("名单");
            var head = sheet.createRow(0);
            head.createCell(0).setCellValue("姓名");
            head.createCell(2).setCellValue("入职日期");
            var row = sheet.createRow(3);
            row.createCell(0).setCellValue("张三");
            row.createCell(1).setCellValue(42);
            var hired = row.createCell(2);
            hired.setCellValue(LocalDate.of(2014, 3, 10));
            hired.setCellStyle(date);
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellFormula("1+1");
            row.createCell(5).setCellValue("=cmd|' /C calc'!A0");
            sheet.createRow(5).createCell(0).setCellValue("  ");
            wb.setForceFormulaRecalculation(false);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        Read read = read(file, ReadLimits.DEFAULT);
        assertThat(read.header()).containsExactly("姓名", "", "入职日期");
        assertThat(read.rows()).hasSize(1).as("the blank row is skipped");
        SheetRow r = read.rows().get(0);
        assertThat(r.number()).as("the row number Excel shows").isEqualTo(4);
        assertThat(List.of(r.text(0), r.text(1), r.text(2), r.text(3), r.text(4))).containsExactly("张三", "42", "2014-03-10", "TRUE", "2");
        assertThat(r.date(2)).isEqualTo(LocalDate.of(2014, 3, 10));
        assertThat(r.text(5)).as("formula text in a cell is read word for word").isEqualTo("=cmd|' /C calc'!A0");
    }

    @Test
    void sharedStringsRunsAndPhoneticsAndEscapesReadAsTheTextShown() throws Exception {
        Path file = new RawXlsx(RawXlsx.text("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"))
                .text(RawXlsx.STRINGS, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"2147483647\">"
                        + "<si><r><t>重庆</t></r><r><t>市</t></r><rPh><t>チョンチン</t></rPh></si><si><t>a_x000D_b</t></si></sst>")
                .write(dir.resolve("strings.xlsx"));
        assertThat(read(file, ReadLimits.DEFAULT).header()).containsExactly("重庆市", "", "a\rb");
    }

    @Test
    void aBombIsRefusedAtTheLimitWhateverTheDirectoryClaims() throws Exception {
        Path lying = new RawXlsx(RawXlsx.repeated("          ", 1 << 20)).claimSize(RawXlsx.SHEET, 1000).write(dir.resolve("lying.xlsx"));
        assertThat(Files.size(lying)).as("10 MB that packs small").isLessThan(100_000);
        RefusedFileException e = refusal(catchThrowable(() -> read(lying, SMALL)));
        assertThat(e.key()).isEqualTo("file.limit.inflated");
        assertThat(e.messageArgs()).containsExactly(Path.of("lying.xlsx"), PackagePart.SHEET, "1 MB");

        Path honest = new RawXlsx(RawXlsx.text("")).claimSize(RawXlsx.SHEET, 3L << 30).write(dir.resolve("honest.xlsx"));
        assertThat(refusal(catchThrowable(() -> read(honest, ReadLimits.DEFAULT))).key()).isEqualTo("file.limit.inflated");

        Path strings = new RawXlsx(RawXlsx.text("")).part(RawXlsx.STRINGS, RawXlsx.sequence(RawXlsx.text("<sst>"),
                RawXlsx.repeated("<si><t>x</t></si>", 100_000), RawXlsx.text("</sst>"))).write(dir.resolve("strings.xlsx"));
        RefusedFileException s = refusal(catchThrowable(() -> read(strings, SMALL)));
        assertThat(s.messageArgs()).containsExactly(Path.of("strings.xlsx"), PackagePart.SHARED_STRINGS, ReadLimits.size(1 << 16));
    }

    @Test
    void aWideRowAndALongCellAreRefusedNamingWhere() throws Exception {
        StringBuilder wide = new StringBuilder("<row r=\"1\">");
        for (int c = 0; c < 20; c++) {
            wide.append("<c s=\"0\"/>");
        }
        wide.append("</row><row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"K2\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        Path file = new RawXlsx(RawXlsx.text(wide.toString())).write(dir.resolve("wide.xlsx"));
        RefusedFileException e = refusal(catchThrowable(() -> read(file, SMALL)));
        assertThat(e.key()).as("empty styled cells past the limit are no harm; the one holding x is").isEqualTo("file.limit.columns");
        assertThat(e.messageArgs()).containsExactly(Path.of("wide.xlsx"), 2, "K", 10);

        Path longCell = new RawXlsx(RawXlsx.text(RawXlsx.row(1, "x".repeat(101)))).write(dir.resolve("long.xlsx"));
        RefusedFileException l = refusal(catchThrowable(() -> read(longCell, SMALL)));
        assertThat(l.key()).isEqualTo("file.limit.cellChars");
        assertThat(l.messageArgs()).containsExactly(Path.of("long.xlsx"), 1, "A", 100);
    }

    @Test
    void externalEntitiesAreNeverFetched() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "机密");
        Path file = new RawXlsx(RawXlsx.text("")).part(RawXlsx.SHEET, RawXlsx.text("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]><worksheet><sheetData>" + RawXlsx.row(1, "&x;") + "</sheetData></worksheet>")).write(dir.resolve("xxe.xlsx"));
        assertThatThrownBy(() -> read(file, ReadLimits.DEFAULT)).isInstanceOf(UnreadableWorkbookException.class);
    }

    @Test
    void csvInUtf8WithOrWithoutBomOrInGbkReadsTheSame() throws Exception {
        String text = "姓名,身份证号\r\n\"张,三\",\"110101199003071234\"\n\n李四,\"多\n行\"\n";
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
        Path plain = Files.write(dir.resolve("plain.csv"), text.getBytes(StandardCharsets.UTF_8));
        Path gbk = Files.write(dir.resolve("gbk.csv"), text.getBytes(Charset.forName("GBK")));
        for (Path f : List.of(bom, plain, gbk)) {
            Read read = read(f, ReadLimits.DEFAULT);
            assertThat(read.header()).as(f.toString()).containsExactly("姓名", "身份证号");
            assertThat(read.rows()).extracting(r -> r.text(0) + "|" + r.text(1) + "@" + r.number())
                    .containsExactly("张,三|110101199003071234@2", "李四|多\n行@4");
        }
    }

    @Test
    void csvThatIsNeitherUtf8NorGbIsNamedAsTheWrongEncoding() throws Exception {
        Path file = Files.write(dir.resolve("latin.csv"), new byte[] {'a', ',', 'b', '\n', (byte) 0x81, (byte) 0x30, (byte) 0xFF, '\n'});
        assertThat(refusal(catchThrowable(() -> read(file, ReadLimits.DEFAULT))).key()).isEqualTo("file.encoding");
    }

    @Test
    void anUnclosedQuoteIsNamedAtTheRowWhereItOpens() throws Exception {
        Path shortFile = Files.writeString(dir.resolve("short.csv"), "a,b\n1,2\n3,\"4\n5,6\n7,8\n");
        RefusedFileException e = refusal(catchThrowable(() -> read(shortFile, ReadLimits.DEFAULT)));
        assertThat(e.key()).isEqualTo("file.csv.unclosedQuote");
        assertThat(e.messageArgs()).containsExactly(Path.of("short.csv"), 3);

        Path longFile = Files.writeString(dir.resolve("long.csv"), "a,b\n1,\"2\n" + "x,y\n".repeat(10_000));
        RefusedFileException l = refusal(catchThrowable(() -> read(longFile, SMALL)));
        assertThat(l.key()).as("the rest of the file is not pulled into one cell").isEqualTo("file.limit.rowChars");
        assertThat(l.messageArgs()[1]).isEqualTo(2);

        Path bad = Files.writeString(dir.resolve("bad.csv"), "a,b\n\"1\"x,2\n");
        assertThat(refusal(catchThrowable(() -> read(bad, ReadLimits.DEFAULT))).key()).isEqualTo("file.csv.badQuote");
    }

    @Test
    void csvLimitsOnColumnsAndCells() throws Exception {
        Path wide = Files.writeString(dir.resolve("wide.csv"), "a\n" + ",".repeat(10) + "x\n");
        assertThat(refusal(catchThrowable(() -> read(wide, SMALL))).messageArgs()).containsExactly(Path.of("wide.csv"), 2, "K", 10);
        Path longCell = Files.writeString(dir.resolve("cell.csv"), "a\n" + "y".repeat(101) + "\n");
        assertThat(refusal(catchThrowable(() -> read(longCell, SMALL))).key()).isEqualTo("file.limit.cellChars");
    }

    @Test
    void emptyFilesGiveAnEmptyHeader() throws Exception {
        Path csv = Files.writeString(dir.resolve("empty.csv"), "");
        assertThat(read(csv, ReadLimits.DEFAULT).header()).isEmpty();
        Path xlsx = new RawXlsx(RawXlsx.text("")).write(dir.resolve("empty.xlsx"));
        assertThat(read(xlsx, ReadLimits.DEFAULT).header()).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
