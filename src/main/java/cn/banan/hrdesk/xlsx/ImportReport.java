package cn.banan.hrdesk.xlsx;

import java.nio.file.Path;
import java.util.List;

/** What an import did: rows read, rows stored, every problem found, and where the bad rows were written. */
public record ImportReport(int rowsRead, int imported, List<CellProblem> problems, Path errorWorkbook) {
    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
