package cn.banan.hrdesk.exchange.ui;

import cn.banan.hrdesk.core.Labelled;
import java.util.Locale;

/**
 * The tables that are not department registers (those have their titles in their specs), by name: the travelling ones,
 * and those the audit trail records that stay at their site.
 */
enum CoreTable implements Labelled {
    ENTERPRISE, ENTERPRISE_TIER, ENTERPRISE_RECOGNITION, ENTERPRISE_DEMAND, ENTERPRISE_CONTACT, INTERMEDIARY,
    WORKER, PLACEMENT, CLAIM, CLAIM_LINE, CLAIM_FLAG, CLAIM_EVENT,
    PAYMENT_NOTICE, PAYMENT_NOTICE_CLAIM, LEDGER_ENTRY, POLICY_PARAMETER, DISBURSEMENT_REQUEST, ANNOTATION,
    SYNC_CONFLICT, AUDIT_ENTRY, APP_USER, LOCAL_SETTING, WORKFLOW_STEP_ROLE, SITE_KEY, CLAIM_LINE_FACT, VOIDING, NOTICE_OBJECTION,
    ENTERPRISE_ACCOUNT, PAYMENT_BATCH, PAYMENT_BATCH_LINE, ATTACHMENT;

    @Override
    public String labelKey() {
        return "exchange.table." + name().toLowerCase(Locale.ROOT);
    }
}
