package cn.banan.hrdesk.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * UUIDv7 (RFC 9562): time-ordered, so rows made at different sites never collide and still sort by age. The 74
 * random bits need to be unique, not secret: a generator seeded once from SecureRandom is enough, and a roster of
 * 100,000 lines makes 300,000 ids.
 */
public final class Ids {
    private final Clock clock;
    private final SplittableRandom random = new SplittableRandom(new SecureRandom().nextLong());

    public Ids(Clock clock) {
        this.clock = clock;
    }

    public synchronized String next() {
        long millis = clock.millis();
        long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
