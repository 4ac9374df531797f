package cn.banan.hrdesk.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows an import left out, as typed, with what is wrong in a last column: to correct and import again. Rows
 * stream to disk as they are added, so a file of a million bad rows costs no memory.
 */
public final class ErrorRows implements AutoCloseable {
    private final TableWorkbook wb;
    private final int width;

    public ErrorRows(String sheetName, List<Column> columns, String problemHeader) {
        List<Column> all = new ArrayList<>(columns);
        all.add(Column.of(problemHeader, 50));
        this.wb = new TableWorkbook(sheetName, all, true);
        this.width = columns.size();
    }

    void add(Object[] cells, List<CellProblem> problems) {
        List<Object> row = new ArrayList<>(java.util.Arrays.asList(cells));
        while (row.size() < width) {
            row.add(null);
        }
        row.add(String.join("; ", problems.stream().map(p -> p.column() + ": " + p.message()).toList()));
        wb.add(row.toArray());
    }

    void save(Path target) throws IOException {
        wb.save(target);
    }

    @Override
    public void close() {
        wb.close();
    }
}
