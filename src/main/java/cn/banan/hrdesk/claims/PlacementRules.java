package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a placement's own facts must meet, whether typed into the placement form or read from a roster row:
 * a channel and a hire day, no leaving or confirming before the hire, insured months that read, a task number
 * that 招工联络部 keeps. Whether the worker, the enterprise or the same hire already exist is the caller's to ask
 * of the database.
 */
public final class PlacementRules {
    private PlacementRules() {
    }

    /** The facts that pass, typed; {@code insured} is null when the problems name the insured months. */
    public record Checked(List<FieldProblem> problems, InsuredMonths insured, String taskRef) {
    }

    public static Checked check(PlacementForm f, Predicate<String> knownTask) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.channel() == null) {
            problems.add(FieldProblem.of(PlacementForm.CHANNEL, "registry.problem.required"));
        }
        if (f.hireDate() == null) {
            problems.add(FieldProblem.of(PlacementForm.HIRE, "registry.problem.required"));
        } else {
            if (f.leaveDate() != null && f.leaveDate().isBefore(f.hireDate())) {
                problems.add(FieldProblem.of(PlacementForm.LEAVE, "claims.problem.leaveBeforeHire"));
            }
            if (f.confirmedOn() != null && f.confirmedOn().isBefore(f.hireDate())) {
                problems.add(FieldProblem.of(PlacementForm.CONFIRMED, "claims.problem.confirmedBeforeHire"));
            }
        }
        InsuredMonths insured = null;
        try {
            insured = InsuredMonths.parse(f.insuredMonths());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(PlacementForm.INSURED, "claims.problem.insuredMonths"));
        }
        String task = taskRef(f.taskRef());
        if (task != null && !knownTask.test(task)) {
            problems.add(FieldProblem.of(PlacementForm.TASK, "claims.problem.unknownTask", task));
        }
        return new Checked(List.copyOf(problems), insured, task);
    }

    /** A task number as stored: trimmed, or none when blank. */
    public static String taskRef(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
