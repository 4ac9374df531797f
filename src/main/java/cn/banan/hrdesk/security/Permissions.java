package cn.banan.hrdesk.security;

import static cn.banan.hrdesk.security.Role.ADMIN;
import static cn.banan.hrdesk.security.Role.ENTERPRISE_CLERK;
import static cn.banan.hrdesk.security.Role.GENERAL_CLERK;
import static cn.banan.hrdesk.security.Role.LIAISON_CLERK;
import static cn.banan.hrdesk.security.Role.PARK_CLERK;
import static cn.banan.hrdesk.security.Role.PAYER;
import static cn.banan.hrdesk.security.Role.REVIEWER;

import cn.banan.hrdesk.policy.Rule;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which role may do which action. Workflow steps are not here: the administrator sets those per step. Personal
 * data in full is for the people who enter it, check it against papers, or pay into the account, and for 区审计局 and
 * 区财政局, who read everything (SPEC §4).
 */
public final class Permissions {
    private static final Map<Action, Set<Role>> ALLOWED = new EnumMap<>(Action.class);

    static {
        ALLOWED.put(Action.EDIT_REGISTRY, EnumSet.of(ENTERPRISE_CLERK, PARK_CLERK, GENERAL_CLERK));
        ALLOWED.put(Action.EDIT_PARTIES, EnumSet.of(LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK));
        ALLOWED.put(Action.EDIT_PLACEMENTS, EnumSet.of(LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK));
        ALLOWED.put(Action.INTAKE_CLAIMS, EnumSet.of(LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK));
        ALLOWED.put(Action.CLEAR_FLAGS, EnumSet.of(REVIEWER));
        ALLOWED.put(Action.EDIT_PARAMETERS, EnumSet.of(ADMIN));
        ALLOWED.put(Action.PUBLISH_NOTICE, EnumSet.of(GENERAL_CLERK, LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK));
        ALLOWED.put(Action.CORRECT_LEDGER, EnumSet.of(PAYER));
        // SPEC §4: 区审计局 and 区财政局 read everything
        ALLOWED.put(Action.VIEW_PERSONAL_DATA, EnumSet.of(LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK, REVIEWER, PAYER, Role.AUDITOR,
                Role.FINANCE_APPROVER));
        ALLOWED.put(Action.MANAGE_USERS, EnumSet.of(ADMIN));
        ALLOWED.put(Action.CONFIGURE_WORKFLOW, EnumSet.of(ADMIN));
        ALLOWED.put(Action.EDIT_LIAISON, EnumSet.of(LIAISON_CLERK));
        ALLOWED.put(Action.EDIT_ENTERPRISE_SERVICES, EnumSet.of(ENTERPRISE_CLERK, PARK_CLERK));
        ALLOWED.put(Action.EDIT_OFFICE, EnumSet.of(GENERAL_CLERK));
        ALLOWED.put(Action.APPROVE_WORK_FUND, EnumSet.of(Role.FINANCE_APPROVER));
        ALLOWED.put(Action.DISBURSE_WORK_FUND, EnumSet.of(PAYER));
        ALLOWED.put(Action.ANNOTATE, EnumSet.of(Role.FINANCE_APPROVER, Role.AUDITOR));
        // the clerks who carry the stick; trusting another site's keys is the administrator's
        ALLOWED.put(Action.EXCHANGE_DATA, EnumSet.of(GENERAL_CLERK, PARK_CLERK, ADMIN));
        ALLOWED.put(Action.PAIR_SITES, EnumSet.of(ADMIN));
        ALLOWED.put(Action.SETTLE_CONFLICTS, EnumSet.of(GENERAL_CLERK, PARK_CLERK));
        // the whole 操作日志: 区审计局, and the administrator who answers for the installation
        ALLOWED.put(Action.READ_AUDIT_TRAIL, EnumSet.of(Role.AUDITOR, ADMIN));
        // 区教委 keeps the school side with 招工联络部; 区经信委 recognitions, demand checks and retention with 企业服务部 and the parks
        ALLOWED.put(Action.EDIT_SCHOOLS, EnumSet.of(LIAISON_CLERK, Role.EDUCATION_CLERK));
        ALLOWED.put(Action.EDIT_RECOGNITION_AND_RETENTION, EnumSet.of(ENTERPRISE_CLERK, PARK_CLERK, Role.ECONOMY_CLERK));
        // a copy to a stick: the administrator and the clerks who carry the exchange's; putting one back replaces
        // everything, so it is the administrator's alone, as is how many copies are kept on closing
        ALLOWED.put(Action.BACK_UP_DATA, EnumSet.of(ADMIN, GENERAL_CLERK, PARK_CLERK));
        ALLOWED.put(Action.RESTORE_DATA, EnumSet.of(ADMIN));
        // an objection reaches the clerks who post the 公示; whether it holds is the reviewer's to say
        ALLOWED.put(Action.RECORD_OBJECTION, EnumSet.of(GENERAL_CLERK, LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK));
        ALLOWED.put(Action.SETTLE_OBJECTION, EnumSet.of(REVIEWER));
    }

    private Permissions() {
    }

    public static boolean allows(Role role, Action action) {
        return ALLOWED.get(action).contains(role);
    }

    /** SPEC §4: 招工联络部 takes in R1/R2, 企业服务部 R3, a park committee all three. */
    public static boolean mayIntake(Role role, Rule rule) {
        return switch (role) {
            case PARK_CLERK -> true;
            case LIAISON_CLERK -> rule != Rule.R3;
            case ENTERPRISE_CLERK -> rule == Rule.R3;
            default -> false;
        };
    }
}
