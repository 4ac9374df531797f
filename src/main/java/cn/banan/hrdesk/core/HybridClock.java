package cn.banan.hrdesk.core;

import java.time.Clock;

/**
 * A hybrid logical clock: physical milliseconds in the high bits, a counter in the low 16. Each value is larger than
 * every value this site issued or saw before, even if the wall clock steps back. The lowest two bits name the site
 * that issued it, so two sites never issue the same value: two edits of one row made apart can never pass for one
 * (a park whose PC clock runs a year ahead pushes every site's clock to the same place, and they go on from there).
 */
public final class HybridClock {
    private static final int COUNTER_BITS = 16;
    private static final long SITE_BITS = 3;
    private final Clock clock;
    private final long site;
    private long last;

    public HybridClock(Clock clock, long lastIssued, int siteTag) {
        if (siteTag < 0 || siteTag > SITE_BITS) {
            throw new IllegalArgumentException("site tag " + siteTag);
        }
        this.clock = clock;
        this.last = lastIssued;
        this.site = siteTag;
    }

    public synchronized long next() {
        long physical = clock.millis() << COUNTER_BITS;
        long v = (Math.max(physical, last + 1) & ~SITE_BITS) | site;
        last = v > last ? v : v + SITE_BITS + 1;
        return last;
    }

    /** Moves past a value received from another site, so later local edits order after it. */
    public synchronized void observe(long remote) {
        last = Math.max(last, remote);
    }

    public synchronized long last() {
        return last;
    }
}
