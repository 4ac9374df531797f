package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.policy.Rule;
import java.time.LocalDate;

/** A claim (补贴申报): one claimant, one rule, a year, and the day its lines are counted up to. */
public record Claim(String id, String claimNo, ClaimantKind claimantKind, String claimantId, Rule rule, int periodYear,
                    LocalDate cutoffDate, String note) {
}
