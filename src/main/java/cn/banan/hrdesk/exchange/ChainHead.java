package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Site;

/** The last entry of one site's ledger chain as the sender held it: a witness the receiver keeps. */
public record ChainHead(Site site, long seq, String hash) {
}
