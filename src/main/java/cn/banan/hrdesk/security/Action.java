package cn.banan.hrdesk.security;

import cn.banan.hrdesk.core.Labelled;

/** Everything a user can change, checked by the services whoever calls them. Reading needs no action. */
public enum Action implements Labelled {
    EDIT_REGISTRY, EDIT_PARTIES, EDIT_PLACEMENTS, INTAKE_CLAIMS, CLEAR_FLAGS, EDIT_PARAMETERS, PUBLISH_NOTICE,
    CORRECT_LEDGER, VIEW_PERSONAL_DATA, MANAGE_USERS, CONFIGURE_WORKFLOW, EDIT_LIAISON,
    EDIT_ENTERPRISE_SERVICES, EDIT_OFFICE, APPROVE_WORK_FUND, DISBURSE_WORK_FUND, ANNOTATE, EXCHANGE_DATA, PAIR_SITES, SETTLE_CONFLICTS, READ_AUDIT_TRAIL,
    EDIT_SCHOOLS, EDIT_RECOGNITION_AND_RETENTION, BACK_UP_DATA, RESTORE_DATA, RECORD_OBJECTION,
    SETTLE_OBJECTION;

    @Override
    public String labelKey() {
        return "security.action." + name();
    }
}
