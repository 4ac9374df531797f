package cn.banan.hrdesk.claims;

import static cn.banan.hrdesk.store.generated.Tables.RECRUITMENT_TASK;

import cn.banan.hrdesk.liaison.TaskKind;
import cn.banan.hrdesk.policy.TaskType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * 招工联络部's recruitment-task register as placements and R1 read it (SPEC §2 R1, §5): a placement counts toward a
 * task only by naming a live task's number, and R1 pays by that task's kind — the same count the task's progress shows.
 */
public final class RecruitmentTaskRepository {
    private RecruitmentTaskRepository() {
    }

    /** Every live task's number with its R1 type: basic or emergency social recruitment; a campus task has none. */
    public static Map<String, Optional<TaskType>> read(DSLContext dsl) {
        Map<String, Optional<TaskType>> tasks = new HashMap<>();
        dsl.select(RECRUITMENT_TASK.TASK_NO, RECRUITMENT_TASK.TASK_TYPE).from(RECRUITMENT_TASK).where(RECRUITMENT_TASK.DELETED.isFalse())
                .forEach(r -> tasks.put(r.value1(), TaskKind.valueOf(r.value2()).r1Type()));
        return tasks;
    }

    public static boolean exists(DSLContext dsl, String taskNo) {
        return dsl.fetchExists(RECRUITMENT_TASK, RECRUITMENT_TASK.TASK_NO.eq(taskNo).and(RECRUITMENT_TASK.DELETED.isFalse()));
    }
}
