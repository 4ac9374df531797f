package cn.banan.hrdesk.core;

import java.util.Optional;

/** The outcome of checking an identifier: the normalised value, or the first problem found. */
public record IdCheck<T>(T value, IdProblem problem) {
    public static <T> IdCheck<T> ok(T value) {
        return new IdCheck<>(value, null);
    }

    public static <T> IdCheck<T> failed(IdProblem problem) {
        return new IdCheck<>(null, problem);
    }

    public boolean isValid() {
        return problem == null;
    }

    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }
}
