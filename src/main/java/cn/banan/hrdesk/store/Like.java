package cn.banan.hrdesk.store;

/** A LIKE pattern that finds {@code text} anywhere, with the wildcards in it taken literally (escape \). */
public final class Like {
    public static final char ESCAPE = '\\';

    private Like() {
    }

    public static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
