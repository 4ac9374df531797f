package cn.banan.hrdesk.policy;

import cn.banan.hrdesk.core.IdProblem;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import java.time.LocalDate;

/**
 * What is known of one hire, as the rules need it. A null date, tier or park means "not given"; the
 * {@code ...Unreadable} flags say a value was given but could not be read, which fails the condition that needs it;
 * {@code recognitionUnknown} says no recognition could be established (unreadable dates, or no record covers the day).
 *
 * @param tier              the tier in force on the hire date; null: none
 * @param recognizedFrom    T3 recognition valid from (null: open-ended)
 * @param workerProblem     why the resident ID number is invalid; null when valid
 * @param birthDate         from the resident ID number; null when it is invalid
 * @param leaveDate         last day employed; null: still employed
 * @param insuredMonths     whole months from the hire date with all five insurances; null: not given
 * @param monthsAlreadyPaid R2 months paid before for this placement; null: unreadable
 */
public record CaseFacts(Rule rule, Tier tier, LocalDate recognizedFrom, LocalDate recognizedTo, boolean recognitionUnknown,
                        Park park, IdProblem workerProblem, LocalDate birthDate, LocalDate hireDate, LocalDate leaveDate, LocalDate cutoffDate,
                        boolean datesUnreadable, Integer insuredMonths, LocalDate priorEmploymentEnd, boolean priorUnreadable,
                        TaskType task, boolean hireConfirmed, Integer monthsAlreadyPaid, boolean alreadyPaid) {
}
