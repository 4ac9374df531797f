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
}
