package cn.banan.hrdesk.claims.forms.xlsx;

import cn.banan.hrdesk.core.FormulaSafe;
import cn.banan.hrdesk.xlsx.PrintedLines;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** A sheet written top to bottom, eight columns wide, that prints on A4 portrait one page wide. */
final class FormSheet {
    static final int[] WIDTHS = {5, 12, 19, 21, 11, 5, 11, 21};
    static final int LAST_COL = WIDTHS.length - 1;
    private final Sheet sheet;
    private int next;
    private Row current;
    private float currentMin;
    private int currentLines;

    FormSheet(Sheet sheet, int repeatedRows) {
        this.sheet = sheet;
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256 + 128);
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(false);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
        sheet.setRepeatingRows(new CellRangeAddress(0, repeatedRows - 1, -1, -1));
    }

    /**
     * A new row at least {@code height} points tall; it grows (when the next row starts, or at {@link #rows()}) to
     * fit the longest text written into it, since no program will do that for a row given a height.
     */
    Row row(float height) {
        finish();
        current = sheet.createRow(next++);
        current.setHeightInPoints(height);
        currentMin = height;
        currentLines = 1;
        return current;
    }

    private void finish() {
        if (current != null) {
            current.setHeightInPoints(Math.max(currentMin, currentLines * PrintedLines.LINE_POINTS + 4));
        }
    }

    /** Writes {@code text} over columns {@code from..to} of {@code r}, borders on every cell of the span. */
    void span(Row r, int from, int to, Object value, CellStyle style) {
        for (int c = from; c <= to; c++) {
            r.createCell(c).setCellStyle(style);
        }
        if (value instanceof Number n) {
            r.getCell(from).setCellValue(n.doubleValue());
        } else if (value != null) {
            r.getCell(from).setCellValue(FormulaSafe.text(value.toString()));
            if (r == current && style.getWrapText()) {
                int chars = 0;
                for (int c = from; c <= to; c++) {
                    chars += WIDTHS[c];
                }
                currentLines = Math.max(currentLines, PrintedLines.of(value.toString(), chars));
            }
        }
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(r.getRowNum(), r.getRowNum(), from, to));
        }
    }

    /** Rows written so far; the last one is sized to its text first. */
    int rows() {
        finish();
        return next;
    }
}
