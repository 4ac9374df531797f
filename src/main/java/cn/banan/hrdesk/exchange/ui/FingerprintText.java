package cn.banan.hrdesk.exchange.ui;

import java.util.Locale;

/** A fingerprint as a person types it: spaces, dashes and case do not matter. */
final class FingerprintText {
    private FingerprintText() {
    }

    static boolean same(String typed, String fingerprint) {
        return bare(typed).equals(bare(fingerprint));
    }

    private static String bare(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\-－—]", "").toUpperCase(Locale.ROOT);
    }
}
