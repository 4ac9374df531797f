package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.policy.FundingSource;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a claim pays, in all and by who pays, counted in this one place for the claim page, the workflow's money steps
 * and the 审批表: its eligible lines with an amount, less the lines an upheld 公示 objection withholds. A source stays
 * listed when all its lines are withheld (at nought), since its 拨付审批 and 发放 are still owed an answer.
 */
public record SourceTotals(Money total, Map<FundingSource, Money> bySource, Money withheld) {
    public static SourceTotals of(List<ClaimLine> lines, Set<String> withheldLines) {
        Map<FundingSource, Money> by = new EnumMap<>(FundingSource.class);
        Money total = Money.ZERO;
        Money held = Money.ZERO;
        for (ClaimLine l : lines) {
            if (!l.eligible() || l.fundingSource() == null || l.amount().fen() <= 0) {
                continue;
            }
            boolean withheld = withheldLines.contains(l.id());
            Money paid = withheld ? Money.ZERO : l.amount();
            by.merge(l.fundingSource(), paid, Money::plus);
            total = total.plus(paid);
            held = withheld ? held.plus(l.amount()) : held;
        }
        return new SourceTotals(total, Collections.unmodifiableMap(by), held);
    }

    public Money of(FundingSource source) {
        return bySource.getOrDefault(source, Money.ZERO);
    }
}
