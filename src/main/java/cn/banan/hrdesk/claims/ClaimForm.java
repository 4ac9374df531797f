package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.policy.Rule;
import java.time.LocalDate;

/** A new claim as entered: rule, claimant (an intermediary for R1/R2, an enterprise for R3), year and cut-off. */
public record ClaimForm(Rule rule, String claimantId, Integer periodYear, LocalDate cutoffDate, String note) {
    public static final String RULE = "rule";
    public static final String CLAIMANT = "claimant";
    public static final String YEAR = "periodYear";
    public static final String CUTOFF = "cutoffDate";
}
