package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.policy.Rule;

/**
 * What the claims list shows: text in the claim number or the claimant's name, and optionally a rule, a status, a
 * year, a funding source among its eligible lines, and only claims with open flags. Null (or false) picks all.
 * {@code park}: only the claims of that park (a park user's scope: see {@link ClaimRepository#inPark}).
 */
public record ClaimQuery(String text, Rule rule, ClaimStatus status, Integer year, FundingSource source, boolean openFlagsOnly, Park park) {
    public static final ClaimQuery ALL = new ClaimQuery("", null, null, null, null, false);

    public ClaimQuery(String text, Rule rule, ClaimStatus status, Integer year, FundingSource source, boolean openFlagsOnly) {
        this(text, rule, status, year, source, openFlagsOnly, null);
    }

    public ClaimQuery within(Park scope) {
        return new ClaimQuery(text, rule, status, year, source, openFlagsOnly, scope);
    }
}
