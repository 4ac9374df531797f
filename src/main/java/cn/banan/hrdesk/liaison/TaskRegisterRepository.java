package cn.banan.hrdesk.liaison;

import static cn.banan.hrdesk.registers.FieldKind.COUNT;
import static cn.banan.hrdesk.registers.FieldKind.DATE;
import static cn.banan.hrdesk.registers.FieldKind.LONG_TEXT;
import static cn.banan.hrdesk.registers.FieldKind.TEXT;
import static cn.banan.hrdesk.store.generated.Tables.PLACEMENT;
import static cn.banan.hrdesk.store.generated.Tables.RECRUITMENT_TASK;

import cn.banan.hrdesk.registers.RegisterField;
import cn.banan.hrdesk.registers.RegisterSpec;
import cn.banan.hrdesk.security.Action;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * 招工联络部's task register, declared on the generated table: placements and R1 count toward its tasks by number,
 * so a renamed column must fail to compile here rather than count nothing at run time.
 */
final class TaskRegisterRepository {
    /** Confirmed placements whose task reference is the task's number: the task's progress, and R1's count. */
    static Field<Integer> confirmed() {
        return DSL.selectCount().from(PLACEMENT).where(PLACEMENT.TASK_REF.eq(RECRUITMENT_TASK.TASK_NO), PLACEMENT.CONFIRMED_ON.isNotNull(),
                PLACEMENT.DELETED.isFalse()).asField();
    }

    static final RegisterSpec TASKS = new RegisterSpec("tasks", RECRUITMENT_TASK, "liaison.tasks.title", "liaison.tasks.file",
            Action.EDIT_LIAISON, List.of(
                    RegisterField.of(RECRUITMENT_TASK.TASK_NO, TEXT, "liaison.task.no", 12, true),
                    RegisterField.choice(RECRUITMENT_TASK.TASK_TYPE, "liaison.task.type", 8, List.of(TaskKind.values())),
                    RegisterField.of(RECRUITMENT_TASK.QUOTA, COUNT, "liaison.task.quota", 6, true),
                    RegisterField.of(RECRUITMENT_TASK.STARTS_ON, DATE, "liaison.starts", 10, true),
                    RegisterField.of(RECRUITMENT_TASK.ENDS_ON, DATE, "liaison.ends", 10, true),
                    RegisterField.of(RECRUITMENT_TASK.ENTERPRISES, TEXT, "liaison.task.enterprises", 24, false),
                    RegisterField.of(RECRUITMENT_TASK.RESPONSIBLE_UNIT, TEXT, "liaison.task.unit", 10, true),
                    RegisterField.of(RECRUITMENT_TASK.NOTE, LONG_TEXT, "liaison.note", 20, false)),
            RECRUITMENT_TASK.STARTS_ON, List.of(new RegisterSpec.Derived("confirmed", "liaison.task.confirmed", confirmed(), false)), null);

    private TaskRegisterRepository() {
    }
}
