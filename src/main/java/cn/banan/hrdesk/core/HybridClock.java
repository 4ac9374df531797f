package cn.banan.hrdesk.core;

import java.time.Clock;

/**
 * A hybrid logical clock: physical milliseconds in the high bits, a counter in the low 16. Each value
 * is larger than every value this site issued or saw before, even if the wall clock steps back.
 */
public final class HybridClock {
    private static final int COUNTER_BITS = 16;
    private final Clock clock;
    private long last;

    public HybridClock(Clock clock, long lastIssued) {
        this.clock = clock;
        this.last = lastIssued;
    }

    public synchronized long next() {
        long physical = clock.millis() << COUNTER_BITS;
        last = Math.max(physical, last + 1);
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
