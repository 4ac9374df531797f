package cn.banan.hrdesk.policy;

/** A failed condition. The declaration order is the fixed order of CONTRACTS.md {@code evaluate}. */
public enum Reason {
    INVALID_ID, DATES_INVALID, UNDER_16, TIER_MISMATCH, NOT_RECOGNIZED_ON_HIRE, NOT_CONFIRMED, TASK_MISSING, NOT_NEW_HIRE,
    INSURANCE_INCOMPLETE, RETENTION_SHORT, NO_WHOLE_MONTH, ALREADY_PAID, CAP_REACHED
}
