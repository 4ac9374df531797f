package cn.banan.hrdesk.testing;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.ClaimForm;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import java.time.LocalDate;
import java.util.List;

/**
 * An R2 claim of agency A for 2014 (counted to 2014-12-31) with two lines, hand-worked from SPEC §2 R2: each
 * worker hired 2014-03-10 at a T2 enterprise through A, 9 whole months by the cut-off, capped at 3 months x
 * 300 yuan = 900 yuan each. One enterprise is in the economic park (its committee pays), the other in no park
 * (区工业发展基金 pays): total 1,800 yuan, 900 from each source. No flags (two people, one placement each).
 */
public final class TwoFundClaim {
    public final String claimId;
    public final String claimNo;
    public final String agency;

    public TwoFundClaim(Services s) {
        String park = s.enterprises().save(new EnterpriseForm(null, "乙配套有限公司", "91500113MA5U12346T", Park.ECONOMIC_PARK, "", "", "",
                Tier.T2_IT_SUPPORT, LocalDate.of(2014, 1, 1)));
        String town = s.enterprises().save(new EnterpriseForm(null, "丁配套有限公司", "91350100M000100Y43", Park.NONE, "", "", "",
                Tier.T2_IT_SUPPORT, LocalDate.of(2014, 1, 1)));
        agency = s.parties().save(new Intermediary(null, IntermediaryKind.HR_AGENCY, "巴南人力资源公司", "52500113123456788D", null,
                "巴南人力资源公司", "农业银行巴南支行", "6228480000000000011"));
        String w1 = s.parties().save(new Worker(null, "500113199001011235", "操作工甲", null, TargetGroup.OTHER));
        String w2 = s.parties().save(new Worker(null, "440301198002290015", "操作工乙", null, TargetGroup.OTHER));
        String p1 = s.placements().save(new PlacementForm(null, w1, park, agency, Channel.BASIC_SOCIAL, LocalDate.of(2014, 3, 10), null, null,
                "", null));
        String p2 = s.placements().save(new PlacementForm(null, w2, town, agency, Channel.BASIC_SOCIAL, LocalDate.of(2014, 3, 10), null, null,
                "", null));
        claimId = s.claims().create(new ClaimForm(Rule.R2, agency, 2014, LocalDate.of(2014, 12, 31), null));
        s.claims().addPlacements(claimId, List.of(p1, p2));
        claimNo = s.claims().find(claimId).orElseThrow().claimNo();
    }

    /** A second R2 claim of the same agency for 2015 over the first claim's park placement: flagged as the same placement. */
    public static final class Duplicate {
        public final String claimId;

        public Duplicate(Services s, TwoFundClaim first) {
            String placement = s.claims().lines(first.claimId).stream().filter(l -> l.fundingSource() == FundingSource.ECONOMIC_PARK)
                    .findFirst().orElseThrow().placementId();
            claimId = s.claims().create(new ClaimForm(Rule.R2, first.agency, 2015, LocalDate.of(2015, 6, 30), null));
            s.claims().addPlacements(claimId, List.of(placement));
        }
    }

    /** 受理, 初审, 审核 and the 拨付审批 of {@code sources}, each by its own role: the claim then waits for their 发放. */
    public void approve(Services s, cn.banan.hrdesk.policy.FundingSource... sources) {
        act(s, LIAISON, cn.banan.hrdesk.claims.workflow.StepRequest.pass(claimId, cn.banan.hrdesk.claims.workflow.Step.INTAKE));
        act(s, LIAISON_2, cn.banan.hrdesk.claims.workflow.StepRequest.pass(claimId, cn.banan.hrdesk.claims.workflow.Step.FIRST_CHECK));
        act(s, REVIEWER, cn.banan.hrdesk.claims.workflow.StepRequest.pass(claimId, cn.banan.hrdesk.claims.workflow.Step.REVIEW));
        for (var source : sources) {
            act(s, source == cn.banan.hrdesk.policy.FundingSource.DISTRICT_FUND ? FINANCE : PARK_APPROVER,
                    cn.banan.hrdesk.claims.workflow.StepRequest.pass(claimId, cn.banan.hrdesk.claims.workflow.Step.FUNDING, source));
        }
    }

    /** Signs {@code who} in and does the step as them: the workflow checks the signed-in user's role. */
    public static cn.banan.hrdesk.claims.workflow.ClaimEvent act(Services s, Actor who, cn.banan.hrdesk.claims.workflow.StepRequest r) {
        s.session().signIn(who);
        return s.workflow().perform(r);
    }

    /** People of every role, as the services see them once signed in (the users table is not needed for that). */
    public static final Actor LIAISON = Actor.user("u-liaison", "招工联络员", Role.LIAISON_CLERK, null);
    public static final Actor LIAISON_2 = Actor.user("u-liaison2", "招工联络员二", Role.LIAISON_CLERK, null);
    public static final Actor ENTERPRISE = Actor.user("u-ent", "企业服务员", Role.ENTERPRISE_CLERK, null);
    public static final Actor GENERAL = Actor.user("u-general", "综合管理员", Role.GENERAL_CLERK, null);
    public static final Actor REVIEWER = Actor.user("u-rev", "人社局审核员", Role.REVIEWER, null);
    public static final Actor FINANCE = Actor.user("u-fin", "财政局审批人", Role.FINANCE_APPROVER, null);
    public static final Actor PARK_APPROVER = Actor.user("u-psp", "经开区审批人", Role.PARK_APPROVER, Park.ECONOMIC_PARK);
    public static final Actor PAYER = Actor.user("u-pay", "财政局出纳", Role.PAYER, null);
    public static final Actor PARK_PAYER = Actor.user("u-ppay", "经开区出纳", Role.PAYER, Park.ECONOMIC_PARK);
    public static final Actor AUDITOR = Actor.user("u-aud", "审计员", Role.AUDITOR, null);
}
