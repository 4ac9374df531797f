package cn.banan.hrdesk.reports.annual.ui;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.xlsx.Ratio;

/** A figure table's cell as the window shows it, and as a chart draws it (amounts in yuan). */
final class FigureCells {
    private FigureCells() {
    }

    static String text(Object v) {
        if (v instanceof Money m) {
            return m.toYuanString();
        }
        if (v instanceof Ratio r) {
            return r.percent();
        }
        if (v instanceof Long || v instanceof Integer) {
            return String.format("%,d", ((Number) v).longValue());
        }
        return v == null ? "" : v.toString();
    }

    /** A row's name as a chart axis shows it: without the explanation in brackets, which the table beside it gives. */
    static String category(Object v) {
        String text = text(v);
        int bracket = text.indexOf('（');
        return bracket > 0 ? text.substring(0, bracket).strip() : text;
    }

    static double value(Object v) {
        if (v instanceof Money m) {
            return m.fen() / 100.0;
        }
        if (v instanceof Ratio r) {
            return r.value();
        }
        return v instanceof Number n ? n.doubleValue() : 0;
    }

    static boolean isFigure(Object v) {
        return v instanceof Number || v instanceof Money || v instanceof Ratio;
    }
}
