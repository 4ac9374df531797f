package cn.banan.hrdesk.xlsx;

import cn.banan.hrdesk.core.FormulaSafe;
import cn.banan.hrdesk.core.Money;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables of figures, one A4 sheet each (one page wide; landscape when the columns are too wide for portrait), every table with its chart drawn below it as a
 * native Excel chart over the table's own cells, so WPS and Excel redraw it when a figure is corrected by hand.
 */
public final class FigureWorkbook {
    private static final int CHART_ROWS = 18;
    /** Characters of 10-point text across a portrait A4 page between margins; a wider table turns the page. */
    private static final int PORTRAIT_WIDTH = 95;

    private FigureWorkbook() {
    }

    public static void write(List<FigureTable> tables, Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            for (FigureTable t : tables) {
                sheet(wb, styles, t);
            }
            WorkbookFiles.save(wb, target);
        }
    }

    private static void sheet(XSSFWorkbook wb, Styles styles, FigureTable t) {
        XSSFSheet sheet = wb.createSheet(t.sheetName());
        int last = t.columns().size() - 1;
        int across = t.columns().stream().mapToInt(Column::width).sum();
        Row title = sheet.createRow(0);
        // 16-point characters take 1.6 times the room of 10-point ones
        title.setHeightInPoints(24 * PrintedLines.of(t.title(), across * 10 / 16));
        cell(title, 0, t.title(), styles.title);
        if (last > 0) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        }
        Row header = sheet.createRow(1);
        int headLines = 1;
        for (int c = 0; c <= last; c++) {
            Column col = t.columns().get(c);
            sheet.setColumnWidth(c, col.width() * 256);
            cell(header, c, col.header(), styles.head);
            headLines = Math.max(headLines, PrintedLines.of(col.header(), col.width()));
        }
        header.setHeightInPoints(headLines * PrintedLines.LINE_POINTS + 2);
        int r = 2;
        for (List<Object> values : t.rows()) {
            Row row = sheet.createRow(r++);
            int lines = 1;
            for (int c = 0; c <= last; c++) {
                lines = Math.max(lines, value(row, c, values.get(c), styles, t.columns().get(c).width()));
            }
            row.setHeightInPoints(lines * PrintedLines.LINE_POINTS + 2);
        }
        int end = r;
        if (t.chart() != null && !t.rows().isEmpty()) {
            FigureCharts.draw(sheet, t.chart(), 2, last, r + 1, r + 1 + CHART_ROWS);
            end = r + 1 + CHART_ROWS;
        }
        for (String line : t.footer()) {
            Row row = sheet.createRow(++end);
            cell(row, 0, line, styles.plain);
            row.setHeightInPoints(PrintedLines.of(line, across) * PrintedLines.LINE_POINTS + 2);
            if (last > 0) {
                sheet.addMergedRegion(new CellRangeAddress(end, end, 0, last));
            }
        }
        sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(t.columns().stream().mapToInt(Column::width).sum() > PORTRAIT_WIDTH);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, last, 0, end);
    }

    /** Writes one cell; returns how many printed lines it needs. */
    private static int value(Row row, int c, Object v, Styles styles, int width) {
        var cell = row.createCell(c);
        cell.setCellStyle(styles.body);
        if (v instanceof Money m) {
            cell.setCellValue(m.fen() / 100.0);
            cell.setCellStyle(styles.money);
        } else if (v instanceof Ratio share) {
            cell.setCellValue(share.value());
            cell.setCellStyle(styles.percent);
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(styles.count);
        } else if (v != null) {
            String text = FormulaSafe.text(v.toString());
            cell.setCellValue(text);
            return PrintedLines.of(text, width);
        }
        return 1;
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        row.createCell(c).setCellValue(FormulaSafe.text(text));
        row.getCell(c).setCellStyle(style);
    }

    /** The few styles every sheet shares: a workbook holds at most 64,000, so they are made once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle head;
        final CellStyle body;
        final CellStyle count;
        final CellStyle money;
        final CellStyle percent;
        final CellStyle plain;

        Styles(XSSFWorkbook wb) {
            body = wb.createCellStyle();
            body.setFont(font(wb, false, 10));
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.CENTER);
            body.setBorderTop(BorderStyle.THIN);
            body.setBorderBottom(BorderStyle.THIN);
            body.setBorderLeft(BorderStyle.THIN);
            body.setBorderRight(BorderStyle.THIN);
            head = derived(wb, body, null);
            head.setFont(font(wb, true, 10));
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            count = derived(wb, body, "#,##0");
            money = derived(wb, body, "#,##0.00");
            percent = derived(wb, body, "0.0%");
            title = wb.createCellStyle();
            title.setFont(font(wb, true, 16));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setWrapText(true);
            plain = wb.createCellStyle();
            plain.setFont(font(wb, false, 10));
            plain.setWrapText(true);
            plain.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle derived(XSSFWorkbook wb, CellStyle from, String format) {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(from);
            if (format != null) {
                s.setDataFormat(wb.createDataFormat().getFormat(format));
            }
            return s;
        }

        private static Font font(XSSFWorkbook wb, boolean bold, int points) {
            Font f = wb.createFont();
            f.setFontName(TableWorkbook.FONT);
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            return f;
        }
    }
}
