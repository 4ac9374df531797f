package cn.banan.hrdesk.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The bad rows of an import as it reads them, in memory flat in their number: every problem goes to the listener at
 * once, the first {@link #KEPT} are kept to show, and the rows themselves stream into the error workbook when one is
 * asked for.
 */
public final class BadRows implements AutoCloseable {
    public static final int KEPT = 1_000;
    private final Consumer<CellProblem> listener;
    private final ErrorRows workbook;
    private final List<CellProblem> kept = new ArrayList<>();
    private int problems;
    private int rows;

    /** {@code workbook} may be null: then the bad rows are counted, not written. */
    public BadRows(Consumer<CellProblem> listener, ErrorRows workbook) {
        this.listener = listener;
        this.workbook = workbook;
    }

    public void add(Object[] cells, List<CellProblem> found) {
        if (found.isEmpty()) {
            return;
        }
        rows++;
        for (CellProblem p : found) {
            problems++;
            if (kept.size() < KEPT) {
                kept.add(p);
            }
            listener.accept(p);
        }
        if (workbook != null) {
            workbook.add(cells, found);
        }
    }

    public boolean any() {
        return rows > 0;
    }

    /** The report, with the error workbook saved to {@code target} when there were bad rows and one was kept. */
    public ImportReport report(int rowsRead, int imported, Path target) throws IOException {
        Path written = null;
        if (workbook != null && rows > 0 && target != null) {
            workbook.save(target);
            written = target;
        }
        return new ImportReport(rowsRead, imported, List.copyOf(kept), problems, rows, written);
    }

    @Override
    public void close() {
        if (workbook != null) {
            workbook.close();
        }
    }
}
