package cn.banan.hrdesk.core;

/** Clerks paste IDs from Word and web forms: full-width characters and lower case are folded, spaces dropped. */
final class IdText {
    private IdText() {
    }

    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp = cp - 0xFEE0;
            }
            if (!Character.isWhitespace(cp) && cp != 0x3000) {
                out.appendCodePoint(Character.toUpperCase(cp));
            }
        });
        return out.toString();
    }
}
