package cn.banan.hrdesk.xlsx;

/** A share (完成率 0.85), printed as a percentage; null-safe division for a quota of nought. */
public record Ratio(double value) {
    /** {@code part / whole}, or null when the whole is nought: a rate of nothing is no rate at all. */
    public static Ratio of(long part, long whole) {
        return whole == 0 ? null : new Ratio((double) part / whole);
    }

    public String percent() {
        return String.format("%.1f%%", value * 100);
    }
}
