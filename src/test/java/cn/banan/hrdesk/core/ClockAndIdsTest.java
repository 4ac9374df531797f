package cn.banan.hrdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClockAndIdsTest {
    @Test
    void idsAreVersion7AndUnique() {
        Ids ids = new Ids(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ids.next();
            assertThat(UUID.fromString(id).version()).isEqualTo(7);
            assertThat(UUID.fromString(id).variant()).isEqualTo(2);
            assertThat(seen.add(id)).isTrue();
        }
        long millis = UUID.fromString(ids.next()).getMostSignificantBits() >>> 16;
        assertThat(millis).isEqualTo(Instant.parse("2026-11-28T00:00:00Z").toEpochMilli());
    }

    @Test
    void hybridClockNeverGoesBackEvenWhenTheWallClockDoes() {
        HybridClock clock = new HybridClock(Clock.fixed(Instant.ofEpochMilli(1000), ZoneOffset.UTC), 0);
        long a = clock.next();
        long b = clock.next();
        assertThat(b).isGreaterThan(a);
        HybridClock restarted = new HybridClock(Clock.fixed(Instant.ofEpochMilli(500), ZoneOffset.UTC), b);
        assertThat(restarted.next()).as("wall clock set back after a restart").isGreaterThan(b);
        restarted.observe(Long.MAX_VALUE / 2);
        assertThat(restarted.next()).isGreaterThan(Long.MAX_VALUE / 2);
    }
}
