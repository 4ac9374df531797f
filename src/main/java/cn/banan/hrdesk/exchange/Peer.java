package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Site;

/**
 * A paired site and where the exchange with it stands. {@code sentUpTo}: the last change of ours put in a package to
 * it; {@code acknowledged}: the last change of ours it said it took in; {@code received}: the last change of its own it
 * sent us (what our next package acknowledges). The two seq fields count packages each way.
 */
public record Peer(Site site, byte[] signKey, byte[] agreeKey, String fingerprint, String pairedAt, long sentSeq, long sentUpTo,
                   long acknowledged, long receivedSeq, long received) {
}
