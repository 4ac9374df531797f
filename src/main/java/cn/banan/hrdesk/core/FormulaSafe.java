package cn.banan.hrdesk.core;

/**
 * Text that a spreadsheet would run as a formula leaves as text: a leading {@code '} before {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return (CONTRACTS.md). Only for text fields, never for numbers.
 */
public final class FormulaSafe {
    private FormulaSafe() {
    }

    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + s : s;
    }
}
