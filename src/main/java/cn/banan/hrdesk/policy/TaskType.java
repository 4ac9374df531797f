package cn.banan.hrdesk.policy;

import cn.banan.hrdesk.core.Labelled;

/** The city recruitment task an R1 delivery counts toward. */
public enum TaskType implements Labelled {
    BASIC, EMERGENCY;

    @Override
    public String labelKey() {
        return "policy.task." + name();
    }
}
