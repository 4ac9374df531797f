package cn.banan.hrdesk.core;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * An identifier whose kind is not said (CONTRACTS.md {@code validate}): 17 digits and a digit or X is a
 * resident ID number unless it is a valid credit code; anything else is judged as a credit code.
 */
public record AnyIdentifier(IdKind kind, String normalised, IdProblem problem) {
    private static final Pattern RESIDENT_SHAPE = Pattern.compile("\\d{17}[\\dX]");

    public static AnyIdentifier judge(String raw, LocalDate today) {
        String s = IdText.normalise(raw);
        IdCheck<CreditCode> credit = CreditCode.check(s);
        if (RESIDENT_SHAPE.matcher(s).matches() && !credit.isValid()) {
            return of(IdKind.RESIDENT, ResidentId.check(s, today).toOptional().map(ResidentId::value).orElse(null),
                    ResidentId.check(s, today).problem());
        }
        return of(IdKind.CREDIT, credit.toOptional().map(CreditCode::value).orElse(null), credit.problem());
    }

    public static AnyIdentifier as(IdKind kind, String raw, LocalDate today) {
        if (kind == IdKind.RESIDENT) {
            IdCheck<ResidentId> check = ResidentId.check(raw, today);
            return of(kind, check.toOptional().map(ResidentId::value).orElse(null), check.problem());
        }
        IdCheck<CreditCode> check = CreditCode.check(raw);
        return of(kind, check.toOptional().map(CreditCode::value).orElse(null), check.problem());
    }

    private static AnyIdentifier of(IdKind kind, String normalised, IdProblem problem) {
        return new AnyIdentifier(kind, normalised, problem);
    }

    public boolean isValid() {
        return problem == null;
    }
}
