package cn.banan.hrdesk.claims.forms.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The form's cell styles, made once per workbook: 宋体 throughout (Excel, WPS and LibreOffice all map it to a CJK face). */
final class FormStyles {
    static final String FONT = "宋体";
    final CellStyle title;
    final CellStyle note;
    final CellStyle label;
    final CellStyle value;
    final CellStyle money;
    final CellStyle head;
    final CellStyle cell;
    final CellStyle center;
    final CellStyle box;

    FormStyles(Workbook wb) {
        title = style(wb, font(wb, 18, true), HorizontalAlignment.CENTER, false);
        note = style(wb, font(wb, 9, false), HorizontalAlignment.LEFT, false);
        label = bordered(style(wb, font(wb, 10, true), HorizontalAlignment.CENTER, true));
        label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        value = bordered(style(wb, font(wb, 10, false), HorizontalAlignment.LEFT, true));
        money = bordered(style(wb, font(wb, 10, false), HorizontalAlignment.RIGHT, false));
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        head = bordered(style(wb, font(wb, 10, true), HorizontalAlignment.CENTER, true));
        head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        cell = bordered(style(wb, font(wb, 9, false), HorizontalAlignment.LEFT, true));
        center = bordered(style(wb, font(wb, 9, false), HorizontalAlignment.CENTER, true));
        box = bordered(style(wb, font(wb, 10, false), HorizontalAlignment.LEFT, true));
        box.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static Font font(Workbook wb, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private static CellStyle style(Workbook wb, Font font, HorizontalAlignment align, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(wrap);
        return s;
    }

    private static CellStyle bordered(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
