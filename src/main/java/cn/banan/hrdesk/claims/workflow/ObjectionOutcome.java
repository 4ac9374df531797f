package cn.banan.hrdesk.claims.workflow;

import cn.banan.hrdesk.core.Labelled;

/** How a reviewer settled a 公示 objection: it holds, and the line is not paid; or it does not, and the line is paid. */
public enum ObjectionOutcome implements Labelled {
    UPHELD, DISMISSED;

    @Override
    public String labelKey() {
        return "objection.outcome." + name();
    }
}
