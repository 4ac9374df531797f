package cn.banan.hrdesk.core;

import java.util.List;

/** A save refused because of what the user entered; nothing was written. */
public final class ValidationException extends RuntimeException {
    private final List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super("invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
