package cn.banan.hrdesk.xlsx;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did: rows read, rows stored, the bad rows and problems counted, the first problems kept to show
 * (every one of them went to the import's listener as it was found), and where the bad rows were written.
 */
public record ImportReport(int rowsRead, int imported, List<CellProblem> problems, int problemCount, int badRows,
                           Path errorWorkbook) {
    /** A report of problems found before any row was read (the header's). */
    public static ImportReport refusedHeader(List<CellProblem> problems) {
        return new ImportReport(0, 0, problems, problems.size(), 0, null);
    }

    public boolean hasProblems() {
        return problemCount > 0;
    }

    /** Problems found but not kept in {@link #problems()}, to say how many more there are. */
    public int problemsNotShown() {
        return problemCount - problems.size();
    }
}
