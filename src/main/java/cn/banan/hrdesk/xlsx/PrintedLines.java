package cn.banan.hrdesk.xlsx;

/**
 * How many printed lines a wrapped text takes in a column so many characters wide. Excel, WPS and LibreOffice do
 * not grow a row to its wrapped text when the file says nothing, so the writers size rows themselves.
 */
public final class PrintedLines {
    /** Points per line of 9–10 pt text, with the cell's padding. */
    public static final float LINE_POINTS = 13.5f;

    private PrintedLines() {
    }

    /** A CJK character is two widths, others about one. */
    public static int of(String text, int chars) {
        int lines = 0;
        for (String part : text.split("\\n", -1)) {
            double width = 0;
            for (int i = 0; i < part.length(); i++) {
                width += part.charAt(i) >= 0x2E80 ? 2.0 : 1.1;
            }
            lines += Math.max(1, (int) Math.ceil(width / Math.max(1, chars - 1)));
        }
        return lines;
    }
}
