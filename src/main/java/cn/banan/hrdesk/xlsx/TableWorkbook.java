package cn.banan.hrdesk.xlsx;

import cn.banan.hrdesk.core.FormulaSafe;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A register written as one sheet that prints on A4: fixed column widths, bold header repeated on every page,
 * one page wide, a CJK font, drop-downs where a column has choices. Rows stream to disk, so size is no issue.
 * The file appears only when complete: it is written beside the target and moved into place.
 */
public final class TableWorkbook implements AutoCloseable {
    static final String FONT = "宋体";
    private static final int DROPDOWN_ROWS = 10_000;
    private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final CellStyle body;
    private final CellStyle dateStyle;
    private final CellStyle moneyStyle;
    private final int[] widths;
    private final int columnCount;
    private int next;

    public TableWorkbook(String sheetName, List<Column> columns, boolean landscape) {
        this(sheetName, List.of(), columns, landscape);
    }

    /** With lines of title above the header (a 公示's heading and period, say), repeated with it on every page. */
    public TableWorkbook(String sheetName, List<String> titles, List<Column> columns, boolean landscape) {
        sheet = wb.createSheet(sheetName);
        Font font = font(false);
        body = wb.createCellStyle();
        body.setFont(font);
        body.setWrapText(true);
        body.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
        bordered(body);
        dateStyle = wb.createCellStyle();
        dateStyle.cloneStyleFrom(body);
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        moneyStyle = wb.createCellStyle();
        moneyStyle.cloneStyleFrom(body);
        moneyStyle.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        widths = columns.stream().mapToInt(Column::width).toArray();
        CellStyle head = wb.createCellStyle();
        head.cloneStyleFrom(body);
        head.setFont(font(true));
        head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        int headerRow = titles.size();
        for (int t = 0; t < titles.size(); t++) {
            Row title = sheet.createRow(t);
            CellStyle style = wb.createCellStyle();
            style.setFont(t == 0 ? titleFont() : font(false));
            style.setAlignment(t == 0 ? org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER
                    : org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            title.createCell(0).setCellValue(titles.get(t));
            title.getCell(0).setCellStyle(style);
            title.setHeightInPoints(t == 0 ? 26 : 16);
            if (columns.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(t, t, 0, columns.size() - 1));
            }
        }
        Row header = sheet.createRow(headerRow);
        int headLines = 1;
        for (Column c : columns) {
            headLines = Math.max(headLines, PrintedLines.of(c.header(), c.width()));
        }
        header.setHeightInPoints(headLines * PrintedLines.LINE_POINTS + 2);
        DataValidationHelper dv = sheet.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            sheet.setColumnWidth(i, c.width() * 256);
            header.createCell(i).setCellValue(c.header());
            header.getCell(i).setCellStyle(head);
            if (!c.choices().isEmpty()) {
                var validation = dv.createValidation(dv.createExplicitListConstraint(c.choices().toArray(String[]::new)),
                        new CellRangeAddressList(headerRow + 1, DROPDOWN_ROWS, i, i));
                validation.setShowErrorBox(true);
                sheet.addValidationData(validation);
            }
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
        wb.setPrintArea(0, 0, columns.size() - 1, 0, 0);
        this.columnCount = columns.size();
        this.next = headerRow + 1;
    }

    /** Appends a row; values may be String, Number (a Double prints as money, 1,234.50), LocalDate or null. */
    public void add(Object... values) {
        Row row = sheet.createRow(next++);
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            cell.setCellStyle(body);
            Object v = values[i];
            if (v instanceof Double d) {
                cell.setCellValue(d);
                cell.setCellStyle(moneyStyle);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else if (v != null) {
                // text a spreadsheet would run as a formula leaves as text (CONTRACTS.md)
                String text = FormulaSafe.text(v.toString());
                cell.setCellValue(text);
                lines = Math.max(lines, PrintedLines.of(text, widths[i]));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * PrintedLines.LINE_POINTS + 2);
        }
    }

    public void save(Path target) throws IOException {
        wb.setPrintArea(0, 0, columnCount - 1, 0, Math.max(0, next - 1));
        WorkbookFiles.save(wb, target);
    }

    private Font titleFont() {
        Font f = font(true);
        f.setFontHeightInPoints((short) 16);
        return f;
    }

    private Font font(boolean bold) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) 10);
        f.setBold(bold);
        return f;
    }

    private static void bordered(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    @Override
    public void close() {
        wb.dispose();
        try {
            wb.close();
        } catch (IOException ignored) {
            // temp files were disposed above
        }
    }
}
