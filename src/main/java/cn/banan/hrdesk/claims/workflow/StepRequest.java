package cn.banan.hrdesk.claims.workflow;

import cn.banan.hrdesk.policy.FundingSource;

/**
 * A step someone asks to do. {@code source} for 拨付审批 and 发放; {@code payment} for 发放; {@code overrideReason}
 * only to pay inside the 公示 period, and then it is logged with the step.
 */
public record StepRequest(String claimId, Step step, Decision decision, FundingSource source, String reason, Payment payment,
                          String overrideReason) {
    public static final String REASON = "reason";
    public static final String OVERRIDE = "overrideReason";

    public static StepRequest pass(String claimId, Step step) {
        return new StepRequest(claimId, step, Decision.PASS, null, null, null, null);
    }

    public static StepRequest pass(String claimId, Step step, FundingSource source) {
        return new StepRequest(claimId, step, Decision.PASS, source, null, null, null);
    }

    public static StepRequest pay(String claimId, FundingSource source, Payment payment, String overrideReason) {
        return new StepRequest(claimId, Step.PAYMENT, Decision.PASS, source, null, payment, overrideReason);
    }

    public static StepRequest refuse(String claimId, Step step, Decision decision, String reason) {
        return new StepRequest(claimId, step, decision, null, reason, null, null);
    }
}
