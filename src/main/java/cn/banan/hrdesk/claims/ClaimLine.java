package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.policy.Failure;
import cn.banan.hrdesk.policy.FundingSource;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim line as shown: the placement's people and dates, and the engine's judgement with its reasons.
 * {@code monthsGranted} is the R2 months this line pays, counted against the cap in later claims; the
 * parameter version and its document number say under which figures it was judged.
 */
public record ClaimLine(String id, String placementId, String workerName, String residentId, String enterpriseName,
                        LocalDate hireDate, LocalDate leaveDate, boolean eligible, Money amount, Integer monthsCounted,
                        int monthsGranted, FundingSource fundingSource, List<Failure> failures, int parameterVersion,
                        String documentNo) {
}
