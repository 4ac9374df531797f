package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Site;

/**
 * Where the exchange with one paired site stands: packages sent and received, the last of ours it acknowledged whole,
 * the changes of ours it has not acknowledged yet, and the open conflicts with its versions.
 */
public record PeerStatus(Site site, String fingerprint, long sent, long received, long acknowledged, long waiting, long conflicts) {
}
