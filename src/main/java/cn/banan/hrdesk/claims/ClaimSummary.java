package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.policy.Rule;

/** A claim in the list: who, which rule, its status, lines and total, and how many flags are still open. */
public record ClaimSummary(String id, String claimNo, String claimantName, Rule rule, int periodYear, ClaimStatus status,
                           int lines, int eligibleLines, Money amount, int openFlags) {
    public ClaimSummary withStatus(ClaimStatus s) {
        return new ClaimSummary(id, claimNo, claimantName, rule, periodYear, s, lines, eligibleLines, amount, openFlags);
    }
}
