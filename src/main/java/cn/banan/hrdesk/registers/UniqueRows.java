package cn.banan.hrdesk.registers;

import cn.banan.hrdesk.core.FieldProblem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.exception.DataAccessException;

/** A register's unique index refusing a second live row, told at the field that makes the row the same. */
final class UniqueRows {
    private static final Pattern FAILED = Pattern.compile("UNIQUE constraint failed: ([\\w., ]+)");

    private UniqueRows() {
    }

    /** The problem, when {@code e} is the unique index of {@code spec}'s table; the field named is the last of the index's columns. */
    static Optional<List<FieldProblem>> problem(RegisterSpec spec, DataAccessException e) {
        Matcher m = FAILED.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> columns = List.of(m.group(1).split(",\\s*"));
        for (int i = columns.size() - 1; i >= 0; i--) {
            String[] tableColumn = columns.get(i).split("\\.");
            if (tableColumn.length == 2 && tableColumn[0].equals(spec.table())
                    && spec.fields().stream().anyMatch(f -> f.column().equals(tableColumn[1]))) {
                return Optional.of(List.of(FieldProblem.of(tableColumn[1], "registers.problem.duplicate")));
            }
        }
        return Optional.empty();
    }
}
