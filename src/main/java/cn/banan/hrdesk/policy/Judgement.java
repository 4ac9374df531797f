package cn.banan.hrdesk.policy;

import cn.banan.hrdesk.core.Money;
import java.util.List;

/**
 * The result for one hire and where it comes from: eligible with an amount, or each failed condition in the
 * fixed order. {@code monthsCounted} is null for R1 and when the dates do not allow counting; uncapped.
 * {@code monthsGranted}: the R2 months this judgement pays (0 otherwise), kept rather than worked back from the
 * amount, which a monthly rate of 0 would turn into a division by zero.
 */
public record Judgement(Rule rule, Money amount, Integer monthsCounted, FundingSource fundingSource, List<Failure> failures,
                        int parameterVersion, String documentNo, boolean capApplied, int monthsGranted) {
    public boolean eligible() {
        return failures.isEmpty();
    }

    public List<Reason> reasons() {
        return failures.stream().map(Failure::reason).toList();
    }
}
