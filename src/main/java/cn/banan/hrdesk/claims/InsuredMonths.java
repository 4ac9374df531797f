package cn.banan.hrdesk.claims;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The months in which all five insurances were paid for a placement. Typed as "2014-03~2014-12" ranges and
 * single months, separated by commas; stored as the sorted list of single months.
 */
public final class InsuredMonths {
    private final SortedSet<YearMonth> months;

    private InsuredMonths(SortedSet<YearMonth> months) {
        this.months = Collections.unmodifiableSortedSet(months);
    }

    public static final InsuredMonths NONE = new InsuredMonths(new TreeSet<>());

    /** Reads "2014-03~2014-12,2015-02"; throws IllegalArgumentException on anything else. */
    public static InsuredMonths parse(String text) {
        TreeSet<YearMonth> set = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return NONE;
        }
        for (String part : text.replace('，', ',').replace('～', '~').replace('—', '~').split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                String[] ends = p.split("~");
                YearMonth from = YearMonth.parse(ends[0].strip());
                YearMonth to = ends.length == 2 ? YearMonth.parse(ends[1].strip()) : from;
                if (ends.length > 2 || to.isBefore(from) || from.until(to, java.time.temporal.ChronoUnit.MONTHS) > 1200) {
                    throw new IllegalArgumentException("bad month range: " + p);
                }
                for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                    set.add(m);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a month: " + p, e);
            }
        }
        return new InsuredMonths(set);
    }

    /** Months paid without a gap from {@code first} on: what "insured months from the hire date" counts. */
    public int runFrom(YearMonth first) {
        int n = 0;
        while (months.contains(first.plusMonths(n))) {
            n++;
        }
        return n;
    }

    /** The stored form: single months, sorted. */
    public String stored() {
        return months.stream().map(YearMonth::toString).collect(Collectors.joining(","));
    }

    /** The typed form: runs collapsed to ranges, "2014-03~2014-12". */
    public String display() {
        StringBuilder out = new StringBuilder();
        YearMonth start = null;
        YearMonth prev = null;
        for (YearMonth m : months) {
            if (prev != null && !m.equals(prev.plusMonths(1))) {
                append(out, start, prev);
                start = null;
            }
            if (start == null) {
                start = m;
            }
            prev = m;
        }
        if (start != null) {
            append(out, start, prev);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, YearMonth from, YearMonth to) {
        if (out.length() > 0) {
            out.append(',');
        }
        out.append(from);
        if (!to.equals(from)) {
            out.append('~').append(to);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InsuredMonths other && other.months.equals(months);
    }

    @Override
    public int hashCode() {
        return months.hashCode();
    }
}
