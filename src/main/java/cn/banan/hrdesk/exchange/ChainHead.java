package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Site;

/** The last entry of one site's chain (its ledger, or its audit trail) as the sender held it: a witness the receiver keeps. */
public record ChainHead(Chain chain, Site site, long seq, String hash) {
    public enum Chain {
        LEDGER('H'), AUDIT('W');

        final char frame;

        Chain(char frame) {
            this.frame = frame;
        }
    }
}
