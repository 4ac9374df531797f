package cn.banan.hrdesk.claims.payments;

import cn.banan.hrdesk.core.Labelled;

/** The bank's answer to a 代发 line: credited to the account, or sent back (wrong name, closed account …). */
public enum LineResult implements Labelled {
    PAID, RETURNED;

    @Override
    public String labelKey() {
        return "payments.result." + name();
    }
}
