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
        HybridClock clock = new HybridClock(Clock.fixed(Instant.ofEpochMilli(1000), ZoneOffset.UTC), 0, 2);
        long a = clock.next();
        long b = clock.next();
        assertThat(b).isGreaterThan(a);
        HybridClock restarted = new HybridClock(Clock.fixed(Instant.ofEpochMilli(500), ZoneOffset.UTC), b, 2);
        assertThat(restarted.next()).as("wall clock set back after a restart").isGreaterThan(b);
        restarted.observe(Long.MAX_VALUE / 2);
        assertThat(restarted.next()).isGreaterThan(Long.MAX_VALUE / 2);
    }

    @Test
    void twoSitesAtTheSamePlaceOfTheClockNeverIssueTheSameValue() {
        Clock frozen = Clock.fixed(Instant.ofEpochMilli(1000), ZoneOffset.UTC);
        HybridClock office = new HybridClock(frozen, 0, 0);
        HybridClock park = new HybridClock(frozen, 0, 1);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            long o = office.next();
            long p = park.next();
            assertThat(o & 3).isZero();
            assertThat(p & 3).isOne();
            assertThat(seen.add(o)).isTrue();
            assertThat(seen.add(p)).isTrue();
            // after an exchange both go on from the same value
            office.observe(p);
            park.observe(o);
        }
    }
}
