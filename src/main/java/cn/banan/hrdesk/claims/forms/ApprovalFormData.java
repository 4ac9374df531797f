package cn.banan.hrdesk.claims.forms;

import cn.banan.hrdesk.audit.WitnessLine;
import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.claims.workflow.ClaimEvent;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.policy.FundingSource;
import java.util.List;
import java.util.Map;

/**
 * Everything the 招工补贴审批表 of one claim prints, gathered in one read. {@code fullIds}: the printing role may see
 * resident ID numbers in full (the form then says it holds personal data). {@code returns}: 退回补正 since intake.
 * {@code witness}: this site's chain heads when the form was made, printed at its foot. {@code withheld}: what upheld 公示 objections took out of the total. {@code attachments}: the files attached to the claim, for its 附件清单. {@code demo}: the database holds
 * the demo set, and the form says so in its title.
 */
public record ApprovalFormData(Claim claim, ClaimStatus status, String claimantName, String payeeName, String payeeBank,
                               String payeeAccount, List<String> documentNos, List<ClaimLine> lines, Money total,
                               Map<FundingSource, Money> bySource, Money withheld, List<StepBox> boxes, List<ClaimEvent> returns, boolean fullIds,
                               WitnessLine witness, boolean demo,
                               List<cn.banan.hrdesk.attachments.Attachment> attachments) {
    public String formNo() {
        return "SPB-" + claim.claimNo();
    }

    public long eligibleLines() {
        return lines.stream().filter(ClaimLine::eligible).count();
    }
}
