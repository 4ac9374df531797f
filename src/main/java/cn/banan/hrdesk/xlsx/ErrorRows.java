package cn.banan.hrdesk.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The rows an import left out, as typed, with what is wrong in a last column: to correct and import again. */
public final class ErrorRows {
    /** One left-out row: its cells in template order and its problems. */
    public record Row(Object[] cells, List<CellProblem> problems) {
    }

    private ErrorRows() {
    }

    public static void write(Path target, String sheetName, List<Column> columns, String problemHeader, List<Row> rows) throws IOException {
        List<Column> all = new ArrayList<>(columns);
        all.add(Column.of(problemHeader, 50));
        try (TableWorkbook wb = new TableWorkbook(sheetName, all, true)) {
            for (Row r : rows) {
                List<Object> cells = new ArrayList<>(List.of(r.cells()));
                while (cells.size() < columns.size()) {
                    cells.add(null);
                }
                cells.add(String.join("; ", r.problems().stream().map(p -> p.column() + ": " + p.message()).toList()));
                wb.add(cells.toArray());
            }
            wb.save(target);
        }
    }
}
