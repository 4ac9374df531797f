package cn.banan.hrdesk.core;

import java.util.List;

/** Something wrong with one field of a form or one cell of an imported row: a bundle key and its arguments. */
public record FieldProblem(String field, String key, List<Object> args) {
    public static FieldProblem of(String field, String key, Object... args) {
        return new FieldProblem(field, key, List.of(args));
    }
}
