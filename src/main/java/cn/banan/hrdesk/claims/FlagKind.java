package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.Labelled;

/**
 * What a duplicate or fraud check found (疑似重复申报 and the like); each clearable one blocks approval until cleared.
 * {@link #UNDER_16} cannot be cleared and blocks nothing: its line is never payable, so it only stays in sight.
 */
public enum FlagKind implements Labelled {
    /** The same placement is a line of another claim too. */
    SAME_PLACEMENT,
    /** The worker is claimed by another claimant for a placement overlapping this one. */
    OTHER_CLAIMANT_OVERLAP,
    /** Months of R2 for this placement across claims go beyond the cap. */
    R2_CAP_ACROSS_CLAIMS,
    /** R3 for the same person and enterprise in another claim. */
    R3_TWICE,
    /** Insurance stopped right after the retention month while the worker stayed on. */
    INSURANCE_STOPPED_AT_RETENTION,
    /** The worker has another placement over the same days. */
    OVERLAPPING_PLACEMENTS,
    /** The worker was younger than 16 on the hire date (劳动法 第十五条): a fact no reason can clear. */
    UNDER_16;

    /** Whether a reviewer may clear it with a reason; an unlawful hire stays on the claim for good. */
    public boolean clearable() {
        return this != UNDER_16;
    }

    @Override
    public String labelKey() {
        return "claims.flag." + name();
    }
}
