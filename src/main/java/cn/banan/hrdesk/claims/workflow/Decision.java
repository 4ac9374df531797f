package cn.banan.hrdesk.claims.workflow;

import cn.banan.hrdesk.core.Labelled;

/** What a step decided: passed on, returned for correction (退回补正) or rejected (驳回); the last two need a reason. */
public enum Decision implements Labelled {
    PASS, RETURN, REJECT;

    @Override
    public String labelKey() {
        return "workflow.decision." + name();
    }
}
