package cn.banan.hrdesk.app;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;

/**
 * For the benchmarks only ({@code -Dhrdesk.fxStallProbe=true}): keeps the FX thread pulsing and prints every gap
 * between two pulses longer than 100 ms, with the time since the JVM started, so a scripted session can say how
 * long the window ever stood still. Without the property it does nothing.
 */
final class FxStallProbe {
    private static final long STALL_NANOS = 100_000_000L;

    private FxStallProbe() {
    }

    static void start() {
        if (!Boolean.getBoolean("hrdesk.fxStallProbe")) {
            return;
        }
        new AnimationTimer() {
            private long last;
            private long longest;

            @Override
            public void handle(long now) {
                if (last != 0 && now - last > longest) {
                    longest = now - last;
                }
                if (last != 0 && now - last > STALL_NANOS) {
                    long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.err.printf("fx-stall ms=%d ending-at-ms=%d longest-so-far-ms=%d%n", (now - last) / 1_000_000, since,
                            longest / 1_000_000);
                }
                last = now;
            }
        }.start();
    }
}
