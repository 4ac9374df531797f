package cn.banan.hrdesk.claims.workflow;

import java.time.LocalDate;

/**
 * An objection to one line of a claim during a 公示: who objected, on which day, what they said, and who wrote it down;
 * then, once, how a reviewer settled it and why. {@code workerName} and {@code noticeNo} name the line and notice.
 */
public record Objection(String id, String noticeId, String noticeNo, String claimId, String claimNo, String lineId, String workerName,
                        String raisedBy, LocalDate raisedOn, String content, String recordedBy, ObjectionOutcome outcome,
                        String settlement, String settledBy, LocalDate settledOn) {
    public boolean isOpen() {
        return outcome == null;
    }

    public boolean withholds() {
        return outcome == ObjectionOutcome.UPHELD;
    }
}
