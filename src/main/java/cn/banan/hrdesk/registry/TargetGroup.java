package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.core.Labelled;

/** The groups the notice names for statistics and publicity (SPEC §1). */
public enum TargetGroup implements Labelled {
    RETURNING_MIGRANT, VOCATIONAL_GRADUATE, MIGRANT_WORKER, OTHER;

    @Override
    public String labelKey() {
        return "worker.group." + name();
    }
}
