package cn.banan.hrdesk.claims.workflow;

import cn.banan.hrdesk.core.Labelled;

/** The steps of SPEC §4 in their order. 拨付审批 and 发放 are done once for each funding source of the claim. */
public enum Step implements Labelled {
    INTAKE, FIRST_CHECK, REVIEW, FUNDING, PAYMENT, ARCHIVE;

    public boolean perFundingSource() {
        return this == FUNDING || this == PAYMENT;
    }

    /** Only the checking steps may send a claim back or turn it down; money steps follow an approved review. */
    public boolean mayReturnOrReject() {
        return this == FIRST_CHECK || this == REVIEW;
    }

    @Override
    public String labelKey() {
        return "workflow.step." + name();
    }
}
