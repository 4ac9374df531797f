package cn.banan.hrdesk.core;

import java.util.List;

/**
 * Text typed or imported into a field, made fit to store and print: control characters (NUL among them) and the
 * invisible marks that reorder text on screen (U+202E shows a name ending in gpj.exe as one ending in exe.jpg) are removed, and a field
 * longer than its limit is refused at the field rather than printed across a form.
 */
public final class FieldText {
    /** A person's, an enterprise's or a bank's name; a contact; a short reference. */
    public static final int NAME = 100;
    /** An address, an industry, a line of description. */
    public static final int LINE = 200;
    /** A note or an opinion, which may run over several lines. */
    public static final int NOTE = 2_000;

    private FieldText() {
    }

    /** One line: line breaks and tabs become spaces, other control and direction marks go; null stays null. */
    public static String line(String text) {
        return clean(text, false);
    }

    /** Several lines: as {@link #line}, but line breaks are kept (as {@code \n}). */
    public static String block(String text) {
        return clean(text, true);
    }

    /** Adds a problem at {@code field} when the (cleaned) text is longer than {@code max} characters; true when it fits. */
    public static boolean fits(List<FieldProblem> problems, String field, String text, int max) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            problems.add(FieldProblem.of(field, "registry.problem.tooLong", max));
            return false;
        }
        return true;
    }

    private static String clean(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            if (c == '\n' && keepLines) {
                out.append(c);
            } else if (c == '\n' || c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && !isDirectionMark(c)) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** The bidirectional embeddings, overrides and isolates, and the two invisible direction marks. */
    private static boolean isDirectionMark(char c) {
        return c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
