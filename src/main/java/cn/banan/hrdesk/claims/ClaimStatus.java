package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.claims.workflow.Step;
import cn.banan.hrdesk.core.Labelled;

/** Where a claim stands, derived from its workflow events (SPEC §4); never stored. */
public enum ClaimStatus implements Labelled {
    INTAKE(Step.INTAKE), FIRST_CHECK(Step.FIRST_CHECK), REVIEW(Step.REVIEW), FUNDING(Step.FUNDING), PAYMENT(Step.PAYMENT),
    PAID(Step.ARCHIVE), ARCHIVED(null), REJECTED(null);

    private final Step next;

    ClaimStatus(Step next) {
        this.next = next;
    }

    /** The step waiting to be done; null when the claim's path has ended. */
    public Step nextStep() {
        return next;
    }

    /** Lines may be added and judged again until the claim goes to 审核 (frozen from 审核 on). */
    public boolean linesEditable() {
        return this == INTAKE || this == FIRST_CHECK;
    }

    @Override
    public String labelKey() {
        return "claims.status." + name();
    }
}
