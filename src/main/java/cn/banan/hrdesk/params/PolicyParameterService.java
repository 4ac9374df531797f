package cn.banan.hrdesk.params;

import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.policy.PolicyParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The policy figures' versions. A new version takes the next number and starts after the latest one, so the
 * history stays a line and each hire date has exactly one version in force; results already recorded keep
 * their amounts whatever is added later.
 */
public final class PolicyParameterService {
    private final Session session;
    private final DSLContext dsl;
    private final PolicyParameterRepository repository;

    public PolicyParameterService(DSLContext dsl, PolicyParameterRepository repository, Session session) {
        this.session = session;
        this.dsl = dsl;
        this.repository = repository;
    }

    public List<PolicyParameters> versions() {
        return PolicyParameterRepository.all(dsl);
    }

    public PolicyParameters inForceOn(LocalDate day) {
        return PolicyParameters.inForceOn(versions(), day);
    }

    /** Adds {@code p} as the next version (its {@code version} field is ignored); returns the number given. */
    public int add(PolicyParameters p, String note) {
        session.require(Action.EDIT_PARAMETERS);
        return dsl.transactionResult(tx -> {
            List<PolicyParameters> all = PolicyParameterRepository.all(tx.dsl());
            PolicyParameters latest = all.stream().max(Comparator.comparing(PolicyParameters::version)).orElseThrow();
            List<FieldProblem> problems = new ArrayList<>();
            if (p.effectiveFrom() == null || !p.effectiveFrom().isAfter(latest.effectiveFrom())) {
                problems.add(FieldProblem.of("effectiveFrom", "params.problem.notAfterLatest", latest.effectiveFrom()));
            }
            if (p.documentNo() == null || p.documentNo().isBlank()) {
                problems.add(FieldProblem.of("documentNo", "registry.problem.required"));
            }
            if (p.r1BasicFen() < 0 || p.r1EmergencyFen() < 0 || p.r2MonthlyFen() < 0 || p.r3AmountFen() < 0
                    || p.r1MinDays() < 0 || p.r3NewHireMonths() < 0 || p.r3InsuredMonths() < 0) {
                problems.add(FieldProblem.of("amounts", "registry.problem.negative"));
            }
            if (p.r2CapMonths() < 1 || p.r3RetentionMonths() < 1) {
                problems.add(FieldProblem.of("months", "params.problem.atLeastOne"));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            int number = latest.version() + 1;
            repository.insert(tx.dsl(), new PolicyParameters(number, p.effectiveFrom(), p.documentNo().strip(), p.r1BasicFen(),
                    p.r1EmergencyFen(), p.r1MinDays(), p.r2MonthlyFen(), p.r2CapMonths(), p.r3AmountFen(), p.r3NewHireMonths(),
                    p.r3RetentionMonths(), p.r3InsuredMonths()), note);
            return number;
        });
    }

    /** The versions of a database read without opening it for writing (for the calculator). */
    public static List<PolicyParameters> readOnly(DSLContext readOnlyDsl) {
        return PolicyParameterRepository.all(readOnlyDsl);
    }
}
