package cn.banan.hrdesk.exchange;

/**
 * What a package says about the exchange: {@code acknowledged}, the last change of the receiver's that the sender took
 * in; {@code after} and {@code upTo}, the span of the sender's changes it holds (every change after the one the
 * receiver acknowledged, up to the last one the sender had).
 */
record PackageCoverage(long acknowledged, long after, long upTo) {
}
