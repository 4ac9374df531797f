package cn.banan.hrdesk.xlsx;

import java.time.LocalDate;
import java.util.Map;

/**
 * One data row as read: cell texts by column index (as Excel would show them) and, for cells Excel holds
 * as dates, the date itself. {@code number} is the row number a user sees in Excel (1-based).
 */
public record SheetRow(int number, Map<Integer, String> texts, Map<Integer, LocalDate> dates) {
    public String text(int column) {
        String t = texts.get(column);
        return t == null ? "" : t.strip();
    }

    public LocalDate date(int column) {
        return dates.get(column);
    }

    public boolean isBlank() {
        return texts.values().stream().allMatch(String::isBlank);
    }

    /** The row's texts from column A to its last non-empty cell, as a header is read (gaps are ""). */
    public java.util.List<String> asHeader() {
        int width = texts.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        String[] names = new String[width];
        for (int i = 0; i < width; i++) {
            names[i] = text(i);
        }
        return java.util.List.of(names);
    }
}
