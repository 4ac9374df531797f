package cn.banan.hrdesk.core;

import java.util.regex.Pattern;

/** An amount of renminbi in fen (分), a whole number: never a double, never rounded. */
public record Money(long fen) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);
    private static final Pattern YUAN = Pattern.compile("-?\\d{1,15}(\\.\\d{1,2})?");

    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100));
    }

    /** Parses "1409.5", "1,409.50" or "¥1409.50"; more than two decimals is refused, not rounded. */
    public static Money parseYuan(String text) {
        String s = text.strip().replace(",", "").replace("¥", "").replace("￥", "");
        if (!YUAN.matcher(s).matches()) {
            throw new NumberFormatException("not an amount in yuan: " + text);
        }
        boolean negative = s.startsWith("-");
        String[] parts = (negative ? s.substring(1) : s).split("\\.");
        long fen = Long.parseLong(parts[0]) * 100;
        if (parts.length == 2) {
            fen += Long.parseLong((parts[1] + "0").substring(0, 2));
        }
        return new Money(negative ? -fen : fen);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(fen, factor));
    }

    /** "1409.50": yuan for scripts, without grouping. */
    public String toPlainYuan() {
        long abs = Math.abs(fen);
        return (fen < 0 ? "-" : "") + abs / 100 + "." + String.format("%02d", abs % 100);
    }

    /** "1,409.50": the figures as printed on forms. */
    public String toYuanString() {
        long abs = Math.abs(fen);
        return (fen < 0 ? "-" : "") + String.format("%,d.%02d", abs / 100, abs % 100);
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }
}
