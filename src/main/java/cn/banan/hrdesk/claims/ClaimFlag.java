package cn.banan.hrdesk.claims;

import java.time.Instant;

/** A raised flag; once cleared (by whom, when, why) it stays cleared. */
public record ClaimFlag(String id, String claimId, String lineId, FlagKind kind, String detail, Instant raisedAt,
                        String clearedBy, Instant clearedAt, String clearReason) {
    public boolean isOpen() {
        return clearedAt == null;
    }
}
