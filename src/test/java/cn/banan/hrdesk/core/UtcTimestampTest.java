package cn.banan.hrdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Stored instants sort as text in the order they happened (events are ordered by them). */
class UtcTimestampTest {
    @Test
    void instantsOfOneSecondSortAsTheyHappened() {
        List<Instant> inOrder = Stream.of("2026-12-02T19:50:01Z", "2026-12-02T19:50:01.005Z", "2026-12-02T19:50:01.120Z",
                "2026-12-02T19:50:01.123Z", "2026-12-02T19:50:02Z").map(Instant::parse).toList();
        List<String> stored = inOrder.stream().map(UtcTimestamp::of).toList();
        assertThat(stored).isSorted().containsExactly("2026-12-02T19:50:01.000Z", "2026-12-02T19:50:01.005Z",
                "2026-12-02T19:50:01.120Z", "2026-12-02T19:50:01.123Z", "2026-12-02T19:50:02.000Z");
        assertThat(inOrder.stream().map(Instant::toString).toList()).as("what Instant.toString gave: out of order").isNotEqualTo(
                inOrder.stream().map(Instant::toString).sorted().toList());
        assertThat(stored.stream().map(Instant::parse).toList()).isEqualTo(inOrder);
    }
}
