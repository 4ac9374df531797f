package cn.banan.hrdesk.claims.workflow;

import static cn.banan.hrdesk.store.generated.Tables.WORKFLOW_STEP_ROLE;

import cn.banan.hrdesk.security.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** Which roles do which step: the administrator's setting, shipped with SPEC §4's default. */
public final class StepRoleRepository {
    public Map<Step, Set<Role>> all(DSLContext dsl) {
        Map<Step, Set<Role>> by = new EnumMap<>(Step.class);
        for (Step s : Step.values()) {
            by.put(s, EnumSet.noneOf(Role.class));
        }
        dsl.selectFrom(WORKFLOW_STEP_ROLE).forEach(r -> by.get(Step.valueOf(r.getStep())).add(Role.valueOf(r.getRole())));
        return by;
    }

    public void replace(DSLContext dsl, Map<Step, Set<Role>> roles) {
        dsl.deleteFrom(WORKFLOW_STEP_ROLE).execute();
        roles.forEach((step, set) -> set.forEach(role ->
                dsl.insertInto(WORKFLOW_STEP_ROLE, WORKFLOW_STEP_ROLE.STEP, WORKFLOW_STEP_ROLE.ROLE).values(step.name(), role.name()).execute()));
    }
}
