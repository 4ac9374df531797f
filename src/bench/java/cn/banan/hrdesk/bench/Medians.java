package cn.banan.hrdesk.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** The median time of a piece of work repeated, after a few runs to warm up, in milliseconds. */
final class Medians {
    private Medians() {
    }

    static double millis(Supplier<?> work, int runs) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
