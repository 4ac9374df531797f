package cn.banan.hrdesk.xlsx;

import java.util.List;

/**
 * A table of figures as it shows in a window and prints on one A4 sheet alike: its title, columns, rows, the
 * chart that draws it (null: none) and lines under it (a source, a signature line). A cell is a String, a Long or
 * Integer count, a {@link cn.banan.hrdesk.core.Money} amount, a {@link Ratio}, or null.
 */
public record FigureTable(String sheetName, String title, List<Column> columns, List<List<Object>> rows, FigureChart chart,
                          List<String> footer) {
    public FigureTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        footer = List.copyOf(footer);
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException(sheetName + ": a row of " + r.size() + " cells under " + columns.size() + " columns");
            }
        }
    }
}
