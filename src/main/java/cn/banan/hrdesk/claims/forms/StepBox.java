package cn.banan.hrdesk.claims.forms;

import cn.banan.hrdesk.claims.workflow.ClaimEvent;
import cn.banan.hrdesk.claims.workflow.Step;
import cn.banan.hrdesk.policy.FundingSource;
import java.time.LocalDate;

/**
 * One signature box of the form: a step (for one funding source, for 拨付审批 and 发放), filled once the step is done.
 * {@code voucher} and {@code paidOn} only for 发放.
 */
public record StepBox(Step step, FundingSource source, ClaimEvent event, LocalDate paidOn, String voucher) {
    public boolean done() {
        return event != null;
    }
}
