package cn.banan.hrdesk.xlsx;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/** Turns a cell as stored ({@code t}, {@code s} and its value) into the text Excel shows and, for dates, the date. */
final class CellValue {
    private final SharedStrings strings;
    private final CellStyles styles;
    private final boolean date1904;
    private final DataFormatter formatter = new DataFormatter();
    private String text;
    private LocalDate date;

    CellValue(SharedStrings strings, CellStyles styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** Reads one cell; false when a shared-string index points nowhere (a damaged file). */
    boolean read(String type, String style, String stored, String inline) {
        date = null;
        switch (type == null ? "n" : type) {
            case "s" -> text = strings.get(stored);
            case "inlineStr" -> text = XmlParts.unescape(inline);
            case "str", "e" -> text = XmlParts.unescape(stored);
            case "b" -> text = stored.isBlank() ? "" : "1".equals(stored.trim()) ? "TRUE" : "FALSE";
            case "d" -> isoDate(stored);
            default -> number(style, stored);
        }
        return text != null;
    }

    String text() {
        return text;
    }

    LocalDate date() {
        return date;
    }

    private void number(String style, String stored) {
        String raw = stored.trim();
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            text = raw;
            return;
        }
        CellStyles.Format format = styles.format(style);
        if (DateUtil.isADateFormat(format.id(), format.pattern()) && DateUtil.isValidExcelDate(value)) {
            date = DateUtil.getLocalDateTime(value, date1904).toLocalDate();
        }
        text = formatter.formatRawCellContents(value, format.id(), format.pattern(), date1904);
    }

    private void isoDate(String stored) {
        text = stored.trim();
        try {
            date = LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            date = null;
        }
    }
}
