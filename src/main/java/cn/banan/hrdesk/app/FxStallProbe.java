package cn.banan.hrdesk.app;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;

/**
 * For the benchmarks only ({@code -Dhrdesk.fxStallProbe=true}): keeps the FX thread pulsing and prints every gap
 * between two pulses longer than 100 ms, with the time since the JVM started, so a scripted session can say how
 * long the window ever stood still. While a gap lasts, a watcher prints what the FX thread is doing in it, once,
 * so the bench says why as well. Without the property it does nothing.
 */
final class FxStallProbe {
    private static final long STALL_NANOS = 100_000_000L;
    private static final int FRAMES = 14;

    private FxStallProbe() {
    }

    static void start() {
        if (!Boolean.getBoolean("hrdesk.fxStallProbe")) {
            return;
        }
        AtomicLong lastPulse = new AtomicLong(System.nanoTime());
        Thread fx = Thread.currentThread();
        new AnimationTimer() {
            private long last;
            private long longest;

            @Override
            public void handle(long now) {
                if (last != 0 && now - last > longest) {
                    longest = now - last;
                }
                if (last != 0 && now - last > STALL_NANOS) {
                    System.err.printf("fx-stall ms=%d ending-at-ms=%d longest-so-far-ms=%d%n", (now - last) / 1_000_000, sinceStart(),
                            longest / 1_000_000);
                }
                last = now;
                lastPulse.set(System.nanoTime());
            }
        }.start();
        Thread watcher = new Thread(() -> watch(fx, lastPulse), "fx-stall-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void watch(Thread fx, AtomicLong lastPulse) {
        long reported = 0;
        while (true) {
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                return;
            }
            long pulse = lastPulse.get();
            if (pulse != reported && System.nanoTime() - pulse > STALL_NANOS) {
                reported = pulse;
                StringBuilder b = new StringBuilder("fx-stall-stack at-ms=" + sinceStart() + " state=" + fx.getState());
                StackTraceElement[] stack = fx.getStackTrace();
                for (int i = 0; i < Math.min(FRAMES, stack.length); i++) {
                    b.append("\n    at ").append(stack[i]);
                }
                System.err.println(b);
            }
        }
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
