package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.FieldText;
import cn.banan.hrdesk.core.CreditCode;
import cn.banan.hrdesk.core.IdCheck;
import cn.banan.hrdesk.core.IdKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks on an enterprise that need no database: the same for the form and for every imported row. */
public final class EnterpriseRules {
    private EnterpriseRules() {
    }

    public static List<FieldProblem> check(EnterpriseForm f, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = f.name() == null ? "" : f.name().strip();
        if (name.isEmpty()) {
            problems.add(FieldProblem.of(EnterpriseForm.NAME, "registry.problem.required"));
        } else if (name.codePointCount(0, name.length()) > FieldText.NAME) {
            problems.add(FieldProblem.of(EnterpriseForm.NAME, "registry.problem.tooLong", FieldText.NAME));
        }
        FieldText.fits(problems, EnterpriseForm.ADDRESS, f.address(), FieldText.LINE);
        FieldText.fits(problems, EnterpriseForm.INDUSTRY, f.industry(), FieldText.NAME);
        FieldText.fits(problems, EnterpriseForm.NOTE, f.note(), FieldText.NOTE);
        if (f.creditCode() == null || f.creditCode().isBlank()) {
            problems.add(FieldProblem.of(EnterpriseForm.CREDIT_CODE, "registry.problem.required"));
        } else {
            IdCheck<CreditCode> check = CreditCode.check(f.creditCode());
            if (!check.isValid()) {
                problems.add(FieldProblem.of(EnterpriseForm.CREDIT_CODE, check.problem().labelKey(), IdKind.CREDIT));
            }
        }
        if (f.park() == null) {
            problems.add(FieldProblem.of(EnterpriseForm.PARK, "registry.problem.required"));
        }
        if (f.isNew()) {
            if (f.tier() == null) {
                problems.add(FieldProblem.of(EnterpriseForm.TIER, "registry.problem.required"));
            }
            if (f.tierFrom() == null) {
                problems.add(FieldProblem.of(EnterpriseForm.TIER_FROM, "registry.problem.required"));
            } else if (f.tierFrom().isAfter(today.plusYears(1))) {
                problems.add(FieldProblem.of(EnterpriseForm.TIER_FROM, "registry.problem.dateTooLate"));
            }
        }
        return problems;
    }
}
