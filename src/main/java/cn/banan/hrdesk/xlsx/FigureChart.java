package cn.banan.hrdesk.xlsx;

import java.util.List;

/**
 * How a table of figures is drawn: bars (one series a value column) or a pie (one value column), over the first
 * {@code rows} rows (a total row below them is not drawn), with the first column naming each bar or slice.
 */
public record FigureChart(Kind kind, String title, List<Integer> valueColumns, int rows) {
    public enum Kind { BAR, PIE }

    public FigureChart {
        valueColumns = List.copyOf(valueColumns);
        if (valueColumns.isEmpty() || (kind == Kind.PIE && valueColumns.size() != 1)) {
            throw new IllegalArgumentException("a bar chart draws one or more columns, a pie exactly one");
        }
    }
}
