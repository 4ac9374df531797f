package cn.banan.hrdesk.registry.xlsx;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.xlsx.ImportReport;
import cn.banan.hrdesk.xlsx.ImportMode;
import cn.banan.hrdesk.xlsx.CellProblem;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.EnterpriseQuery;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.xlsx.UnreadableWorkbookException;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnterpriseWorkbookTest {
    @TempDir
    Path dir;
    Services services;

    @BeforeEach
    void open() {
        services = TempStore.open(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void exportWritesWhatTheListsFilterShowsNoMore() throws Exception {
        services.demoData().fill(Progress.NONE);
        LocalDate day = LocalDate.of(2026, 11, 28);
        EnterpriseQuery t1InPark = new EnterpriseQuery("", Tier.T1_ELECTRONICS, Park.ECONOMIC_PARK, null, day);
        long shown = services.enterprises().page(t1InPark, 0, 1000).total();
        Path file = dir.resolve("filtered.xlsx");
        assertThat(services.enterpriseExport().export(file, t1InPark, Progress.NONE)).isEqualTo((int) shown).isLessThan(60);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).as("header and the rows the list shows").isEqualTo((int) shown);
            for (int r = 1; r <= shown; r++) {
                assertThat(wb.getSheetAt(0).getRow(r).getCell(2).getStringCellValue()).isEqualTo("区经济园区");
            }
        }
        Path none = dir.resolve("none.xlsx");
        EnterpriseQuery nothing = new EnterpriseQuery("没有这样的企业", null, null, null, day);
        assertThat(services.enterpriseExport().export(none, nothing, Progress.NONE)).as("a filter showing 0 rows exports 0").isZero();
    }

    @Test
    void exportPrintsOnA4WithHeadersDropDownsAndEveryEnterprise() throws Exception {
        services.demoData().fill(Progress.NONE);
        Path file = dir.resolve("企业名录.xlsx");
        int n = services.enterpriseExport().export(file, LocalDate.of(2026, 11, 28), Progress.NONE);
        assertThat(n).isEqualTo(60);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("重点企业名录");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("企业名称");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("层级生效日期");
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getFontName()).isEqualTo("宋体");
            assertThat(sheet.getLastRowNum()).isEqualTo(60);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(wb.getPrintArea(0)).isEqualTo("重点企业名录!$A$1:$H$61");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(30 * 256);
            assertThat(sheet.getDataValidations()).hasSize(2);
            assertThat(sheet.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("区经济园区", "公路物流基地", "麻柳沿江开发区", "不在园区");
            assertThat(sheet.getDataValidations().get(1).getValidationConstraint().getExplicitListValues())
                    .as("no ASCII quote in a list: Excel would need it doubled")
                    .containsExactly("市级“6+2”重点电子企业", "市级信息产业重点配套企业", "区内重点企业");
            assertThat(sheet.getRow(1).getCell(4).getLocalDateTimeCellValue()).as("a real date cell").isNotNull();
        }
    }

    @Test
    void whatIsExportedImportsAgainIntoAnEmptyDatabase() throws Exception {
        services.demoData().fill(Progress.NONE);
        Path file = dir.resolve("out.xlsx");
        services.enterpriseExport().export(file, LocalDate.of(2026, 11, 28), Progress.NONE);
        try (Services other = TempStore.open(dir.resolve("other"))) {
            ImportReport report = other.enterpriseImport().run(file, ImportMode.ALL_OR_NOTHING, null, Progress.NONE);
            assertThat(report.problems()).isEmpty();
            assertThat(report.imported()).isEqualTo(60);
            var q = EnterpriseQuery.all(LocalDate.of(2026, 11, 28));
            assertThat(other.enterprises().page(new EnterpriseQuery("", Tier.T1_ELECTRONICS, null, null, q.asOf()), 0, 100).total())
                    .isEqualTo(services.enterprises().page(new EnterpriseQuery("", Tier.T1_ELECTRONICS, null, null, q.asOf()), 0, 100).total());
        }
    }

    @Test
    void oneBadRowAndNothingIsImportedWithEveryBadCellNamed() throws Exception {
        Path file = roster(List.of(
                new String[] {"甲电子有限公司", "91350100M000100Y43", "区经济园区", "市级“6+2”重点电子企业", "2014-01-01"},
                new String[] {"乙机械有限公司", "91500113MA5U12346X", "火星园区", "区内重点企业", "2014/13/01"},
                new String[] {"丙配套有限公司", "91350100m000100y43", "不在园区", "T2_IT_SUPPORT", "20140301"},
                new String[] {"丁公司", "1210000040000000XN", "公路物流基地", "市级信息产业重点配套企业", "2014.3.1"}));
        ImportReport report = services.enterpriseImport().run(file, ImportMode.ALL_OR_NOTHING, null, Progress.NONE);
        assertThat(report.imported()).isZero();
        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.problems()).extracting(p -> p.row() + p.column() + " " + p.message()).containsExactly(
                "3C “火星园区”不是可选的值，请从下拉列表中选择",
                "3E 日期无法识别：“2014/13/01”，请写成 2014-03-10 的格式",
                "3B 统一社会信用代码校验位错误",
                "4B 与第 2 行的统一社会信用代码重复");
        assertThat(services.database().dsl().fetchCount(ENTERPRISE)).as("all or nothing").isZero();
    }

    @Test
    void goodRowsOnlyImportsTheRestAndWritesTheBadOnesToAnErrorWorkbook() throws Exception {
        services.enterprises().save(new cn.banan.hrdesk.registry.EnterpriseForm(null, "已有企业", "1210000040000000XN",
                cn.banan.hrdesk.core.Park.NONE, "", "", "", Tier.T3_DISTRICT_KEY, LocalDate.of(2014, 1, 1)));
        Path file = roster(List.of(
                new String[] {"甲电子有限公司", "91350100M000100Y43", "区经济园区", "市级“6+2”重点电子企业", "2014-01-01"},
                new String[] {"", "91500113MA5U12346T", "不在园区", "区内重点企业", "2014-01-01"},
                new String[] {"丁公司", "1210000040000000XN", "公路物流基地", "区内重点企业", "2014-01-01"}));
        Path errors = dir.resolve("errors.xlsx");
        ImportReport report = services.enterpriseImport().run(file, ImportMode.GOOD_ROWS_ONLY, errors, Progress.NONE);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.problems()).extracting(p -> p.row() + p.column()).containsExactly("3A", "4B");
        assertThat(report.problems().get(1).message()).isEqualTo("该统一社会信用代码已登记，属于“已有企业”");
        assertThat(services.database().dsl().fetchCount(ENTERPRISE)).isEqualTo(2);
        try (InputStream in = Files.newInputStream(errors); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("错误说明");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("91500113MA5U12346T");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("A: 必须填写");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("丁公司");
        }
    }

    @Test
    void aMissingColumnIsNamedAndNothingRead() throws Exception {
        Path file = dir.resolve("wrong.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = new FileOutputStream(file.toFile())) {
            Row r = wb.createSheet().createRow(0);
            r.createCell(0).setCellValue("企业名称");
            wb.write(out);
        }
        ImportReport report = services.enterpriseImport().run(file, ImportMode.ALL_OR_NOTHING, null, Progress.NONE);
        assertThat(report.problems()).extracting(CellProblem::message).contains("缺少“统一社会信用代码”列，请使用导入模板");
    }

    @Test
    void brokenAndHostileFilesAreRefusedCleanly() throws Exception {
        Path notZip = dir.resolve("not.xlsx");
        Files.writeString(notZip, "这不是表格");
        assertThatThrownBy(() -> services.enterpriseImport().run(notZip, ImportMode.ALL_OR_NOTHING, null, Progress.NONE))
                .isInstanceOf(UnreadableWorkbookException.class);
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).as("40 MB that packs small").isLessThan(200_000);
        assertThatThrownBy(() -> services.enterpriseImport().run(bomb, ImportMode.ALL_OR_NOTHING, null, Progress.NONE))
                .isInstanceOf(UnreadableWorkbookException.class);
        assertThat(services.database().dsl().fetchCount(ENTERPRISE)).isZero();
    }

    @Test
    void cancellingLeavesTheDatabaseAsItWas() throws Exception {
        services.demoData().fill(Progress.NONE);
        Path file = dir.resolve("out.xlsx");
        services.enterpriseExport().export(file, LocalDate.of(2026, 11, 28), Progress.NONE);
        try (Services other = TempStore.open(dir.resolve("other"))) {
            Progress cancelMidway = new Progress() {
                long done;

                @Override
                public void update(long d, long total) {
                    done = d;
                }

                @Override
                public boolean isCancelled() {
                    return done >= 30;
                }
            };
            assertThatThrownBy(() -> other.enterpriseImport().run(file, ImportMode.ALL_OR_NOTHING, null, cancelMidway))
                    .isInstanceOf(CancellationException.class);
            assertThat(other.database().dsl().fetchCount(ENTERPRISE)).isZero();
        }
    }

    private Path roster(List<String[]> rows) throws Exception {
        Path file = dir.resolve("roster.xlsx");
        services.enterpriseExport().template(file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (int i = 0; i < rows.size(); i++) {
                Row r = sheet.createRow(i + 1);
                for (int c = 0; c < rows.get(i).length; c++) {
                    r.createCell(c).setCellValue(rows.get(i)[c]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
