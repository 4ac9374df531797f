package cn.banan.hrdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows guessing down: after {@link #FREE} wrong passwords in a row for one user name (known or not, so the wait
 * tells nothing about which names exist), each further attempt must wait, 30 seconds at first, doubling up to a
 * quarter of an hour. A right password clears the name. Kept for the program's life: whoever can restart the program
 * can also read its file, so a database table would add nothing against that person.
 */
final class SignInThrottle {
    static final int FREE = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Names tried are forgotten past this many, so guessing names cannot fill memory. */
    private static final int REMEMBERED = 10_000;
    private final Clock clock;
    private final Map<String, Failures> byName = new ConcurrentHashMap<>();

    private record Failures(int count, Instant until) {
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the name must still wait before its password is even checked; zero when it may try now. */
    Duration waitFor(String name) {
        Failures f = byName.get(key(name));
        if (f == null || f.until() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.until());
        return left.isNegative() ? Duration.ZERO : left;
    }

    void failed(String name) {
        if (byName.size() >= REMEMBERED) {
            byName.clear();
        }
        byName.compute(key(name), (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            if (count < FREE) {
                return new Failures(count, null);
            }
            Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(count - FREE, 10));
            return new Failures(count, clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
        });
    }

    void succeeded(String name) {
        byName.remove(key(name));
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
