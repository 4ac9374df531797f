package cn.banan.hrdesk.liaison;

import cn.banan.hrdesk.core.Labelled;

/** The city's recruitment tasks for T1 enterprises (SPEC §2 R1): basic and emergency social recruitment, campus recruitment. */
public enum TaskKind implements Labelled {
    BASIC_SOCIAL, EMERGENCY_SOCIAL, CAMPUS;

    @Override
    public String labelKey() {
        return "liaison.taskKind." + name();
    }
}
