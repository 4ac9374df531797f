package cn.banan.hrdesk.bench;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.testing.TempStore;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 1,000 approval forms written as `forms batch` writes them (each claim's lines, events and ledger read, the form
 * built and saved), cycling through the demo's claims, beside POI writing the same cells, styles, merges, widths and
 * page set-up in a bare loop, in the same process; rounds alternate and the medians are compared. Not a test.
 * Run: java -cp target/classes:target/test-classes:CLASSPATH cn.banan.hrdesk.bench.FormsBench
 */
public final class FormsBench {
    private static final int FORMS = Integer.getInteger("bench.forms", 1000);
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("hrdesk-forms-bench");
        try (Services s = TempStore.open(dir)) {
            s.demoData().fill(Progress.NONE);
            List<ClaimSummary> claims = s.claims().list();
            List<XSSFWorkbook> recipes = new ArrayList<>();
            for (ClaimSummary c : claims) {
                Path one = dir.resolve("recipe-" + c.claimNo() + ".xlsx");
                s.forms().write(c.id(), one);
                recipes.add(new XSSFWorkbook(one.toFile()));
            }
            System.out.printf("%d forms a round, cycling through the demo's %d claims; %d rounds%n", FORMS, claims.size(), ROUNDS);
            double[] program = new double[ROUNDS];
            double[] bare = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                Path out = Files.createDirectories(dir.resolve("round-" + r));
                long t = System.nanoTime();
                for (int i = 0; i < FORMS; i++) {
                    s.forms().write(claims.get(i % claims.size()).id(), out.resolve("form-" + i + ".xlsx"));
                }
                program[r] = (System.nanoTime() - t) / 1e9;
                t = System.nanoTime();
                for (int i = 0; i < FORMS; i++) {
                    copy(recipes.get(i % recipes.size()), out.resolve("bare-" + i + ".xlsx"));
                }
                bare[r] = (System.nanoTime() - t) / 1e9;
                System.out.printf("round %d: program %.2f s, bare POI %.2f s%n", r + 1, program[r], bare[r]);
            }
            Arrays.sort(program);
            Arrays.sort(bare);
            double p = program[ROUNDS / 2];
            double b = bare[ROUNDS / 2];
            System.out.printf("%,d forms: program median %.2f s (%.1f ms a form), bare POI median %.2f s; ratio x%.2f%n", FORMS, p,
                    p * 1000 / FORMS, b, p / b);
        }
    }

    /** A new workbook with the recipe's cells, styles, merges, widths, heights and page set-up, saved to {@code file}. */
    private static void copy(XSSFWorkbook recipe, Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Map<Integer, CellStyle> styles = new HashMap<>();
            for (Sheet from : recipe) {
                Sheet to = wb.createSheet(from.getSheetName());
                to.getPrintSetup().setPaperSize(from.getPrintSetup().getPaperSize());
                to.getPrintSetup().setLandscape(from.getPrintSetup().getLandscape());
                to.setFitToPage(from.getFitToPage());
                to.getPrintSetup().setFitWidth(from.getPrintSetup().getFitWidth());
                to.getPrintSetup().setFitHeight(from.getPrintSetup().getFitHeight());
                for (int c = 0; c < 12; c++) {
                    to.setColumnWidth(c, from.getColumnWidth(c));
                }
                for (CellRangeAddress merged : from.getMergedRegions()) {
                    to.addMergedRegionUnsafe(merged);
                }
                for (Row row : from) {
                    Row copy = to.createRow(row.getRowNum());
                    copy.setHeight(row.getHeight());
                    for (Cell cell : row) {
                        Cell c = copy.createCell(cell.getColumnIndex());
                        c.setCellStyle(styles.computeIfAbsent((int) cell.getCellStyle().getIndex(), k -> {
                            CellStyle st = wb.createCellStyle();
                            st.cloneStyleFrom(cell.getCellStyle());
                            return st;
                        }));
                        if (cell.getCellType() == CellType.NUMERIC) {
                            c.setCellValue(cell.getNumericCellValue());
                        } else if (cell.getCellType() == CellType.STRING) {
                            c.setCellValue(cell.getStringCellValue());
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
