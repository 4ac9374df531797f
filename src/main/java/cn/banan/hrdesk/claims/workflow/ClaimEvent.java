package cn.banan.hrdesk.claims.workflow;

import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.security.Role;
import java.time.Instant;

/** One step done on a claim: append-only, never edited. */
public record ClaimEvent(String id, String claimId, Step step, Decision decision, FundingSource fundingSource, String userId,
                         String userName, Role role, Instant at, String reason, String overrideReason) {
}
