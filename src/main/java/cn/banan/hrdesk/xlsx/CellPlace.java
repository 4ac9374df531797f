package cn.banan.hrdesk.xlsx;

/**
 * A cell's place as a sheet writes it ({@code AB12}): its column (0-based) and its row (1-based, as Excel shows).
 * Forgiving where POI's own parser throws: a place that cannot be read is null, and the reader counts on from the last.
 */
final class CellPlace {
    private CellPlace() {
    }

    /** The column of a reference; null when it has none. A column too far right to count is {@code Integer.MAX_VALUE}. */
    static Integer column(String ref) {
        if (ref == null) {
            return null;
        }
        long col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            int letter = Character.toUpperCase(ref.charAt(i)) - 'A';
            if (letter < 0 || letter > 25) {
                return null;
            }
            col = Math.min(col * 26 + letter + 1, Integer.MAX_VALUE);
            i++;
        }
        return i == 0 ? null : (int) (col - 1);
    }

    /** The row of a reference such as {@code 12} or {@code AB12}; null when it has none or it is not a number. */
    static Integer row(String ref) {
        if (ref == null) {
            return null;
        }
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        try {
            int r = Integer.parseInt(ref.substring(i));
            return r > 0 ? r : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
