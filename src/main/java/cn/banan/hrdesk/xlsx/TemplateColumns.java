package cn.banan.hrdesk.xlsx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.util.CellReference;

/**
 * Where a template's columns are in an uploaded sheet: found by header (a trailing * for "required" allowed),
 * in any order. Problems name the cell as the user sees it: row, column letter, header.
 */
public final class TemplateColumns {
    private final List<String> headers;
    private final int[] required;
    private final int[] position;

    /** {@code headers}: the template's headers in its order; {@code required}: indexes that must be present. */
    public TemplateColumns(List<String> headers, int... required) {
        this.headers = List.copyOf(headers);
        this.required = required.clone();
        this.position = new int[headers.size()];
        Arrays.fill(position, -1);
    }

    /** Finds the columns in the sheet's header row; returns a problem (worded by {@code missing}) per absent required one. */
    public List<CellProblem> bind(List<String> sheetHeader, Function<String, String> missing) {
        Arrays.fill(position, -1);
        for (int k = 0; k < headers.size(); k++) {
            for (int c = 0; c < sheetHeader.size(); c++) {
                if (sheetHeader.get(c).replace("*", "").strip().equals(headers.get(k))) {
                    position[k] = c;
                }
            }
        }
        List<CellProblem> problems = new ArrayList<>();
        for (int k : required) {
            if (position[k] < 0) {
                problems.add(new CellProblem(1, "", headers.get(k), missing.apply(headers.get(k))));
            }
        }
        return problems;
    }

    public String text(SheetRow row, int k) {
        return position[k] < 0 ? "" : row.text(position[k]);
    }

    /** A date cell: its value (null when empty or unreadable), and whether it held something that is no date. */
    public record DateValue(LocalDate value, boolean unreadable) {
    }

    public DateValue date(SheetRow row, int k) {
        if (position[k] < 0 || (row.text(position[k]).isEmpty() && row.date(position[k]) == null)) {
            return new DateValue(null, false);
        }
        Optional<LocalDate> d = DateCell.read(row, position[k]);
        return new DateValue(d.orElse(null), d.isEmpty());
    }

    public CellProblem problem(SheetRow row, int k, String message) {
        int col = position[k] < 0 ? k : position[k];
        return new CellProblem(row.number(), CellReference.convertNumToColString(col), headers.get(k), message);
    }

    /** The row's cells in template order (dates as dates where Excel held them), for an error workbook. */
    public Object[] cells(SheetRow row) {
        Object[] cells = new Object[headers.size()];
        for (int k = 0; k < cells.length; k++) {
            cells[k] = position[k] >= 0 && row.date(position[k]) != null ? row.date(position[k]) : text(row, k);
        }
        return cells;
    }
}
