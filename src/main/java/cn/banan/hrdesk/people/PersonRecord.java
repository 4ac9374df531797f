package cn.banan.hrdesk.people;

import cn.banan.hrdesk.core.Labelled;
import java.time.LocalDate;

/**
 * One record of a person, wherever it stands: a hire, a claim line (its claim, rule, result and amount), a flag on such
 * a line, a student placed under a school agreement, a job seeker. Fields a kind lacks are null.
 */
public record PersonRecord(String residentId, String name, Kind kind, String enterprise, LocalDate date, String claimNo, String rule,
                           String result, Long amountFen) {
    public enum Kind implements Labelled {
        PLACEMENT, CLAIM_LINE, FLAG, STUDENT, JOB_SEEKER;

        /** As CONTRACTS.md names it in `people find`. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String labelKey() {
            return "people.kind." + name();
        }
    }
}
