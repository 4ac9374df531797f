package cn.banan.hrdesk.liaison;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.policy.TaskType;
import java.util.Optional;

/** The city's recruitment tasks for T1 enterprises (SPEC §2 R1): basic and emergency social recruitment, campus recruitment. */
public enum TaskKind implements Labelled {
    BASIC_SOCIAL, EMERGENCY_SOCIAL, CAMPUS;

    /** What R1 pays a delivery counted toward a task of this kind as; a campus task is not R1's. */
    public Optional<TaskType> r1Type() {
        return switch (this) {
            case BASIC_SOCIAL -> Optional.of(TaskType.BASIC);
            case EMERGENCY_SOCIAL -> Optional.of(TaskType.EMERGENCY);
            case CAMPUS -> Optional.empty();
        };
    }

    @Override
    public String labelKey() {
        return "liaison.taskKind." + name();
    }
}
