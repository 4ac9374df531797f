package cn.banan.hrdesk.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every exported register writes user text that a spreadsheet would run as a formula as text, with a leading quote. */
class FormulaSafeExportTest {
    @TempDir
    Path dir;

    @Test
    void textThatLooksLikeAFormulaGoesOutQuotedAndNumbersStayNumbers() throws Exception {
        Path file = dir.resolve("t.xlsx");
        try (TableWorkbook wb = new TableWorkbook("表", List.of(Column.of("甲", 20), Column.of("乙", 20), Column.of("丙", 20),
                Column.of("丁", 20), Column.of("戊", 20), Column.of("己", 20), Column.of("庚", 10)), false)) {
            wb.add("=HYPERLINK(\"http://x\",\"点我\")", "+86 138", "-1+1", "@SUM(A1)", "\t=1", "巴南区（=不是公式）", -5.0);
            wb.save(file);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            List<Cell> cells = new ArrayList<>();
            wb.getSheetAt(0).getRow(1).forEach(cells::add);
            assertThat(cells.subList(0, 6)).allMatch(c -> c.getCellType() == CellType.STRING);
            assertThat(cells.subList(0, 6)).extracting(Cell::getStringCellValue).containsExactly("'=HYPERLINK(\"http://x\",\"点我\")",
                    "'+86 138", "'-1+1", "'@SUM(A1)", "'\t=1", "巴南区（=不是公式）");
            assertThat(cells.get(6).getNumericCellValue()).as("a number, negative or not, is a number").isEqualTo(-5.0);
        }
    }
}
