package cn.banan.hrdesk.registers;

import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Page;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import cn.banan.hrdesk.security.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/** Keeping a register: every field checked (problems named at their fields), written by the roles the spec names. */
public final class RegisterService {
    private final DSLContext dsl;
    private final RegisterRepository registers;
    private final Session session;
    private final EnterpriseRepository enterprises;

    public RegisterService(DSLContext dsl, RegisterRepository registers, Session session, EnterpriseRepository enterprises) {
        this.dsl = dsl;
        this.registers = registers;
        this.session = session;
        this.enterprises = enterprises;
    }

    /** Stores a new row ({@code id} null) or changes one; returns its id. */
    public String save(RegisterSpec spec, String id, Map<String, Object> values) {
        session.require(spec.editAction());
        List<FieldProblem> problems = check(spec, values);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return dsl.transactionResult(tx -> {
            Map<String, Object> stored = new java.util.HashMap<>(values);
            List<FieldProblem> unknown = new ArrayList<>();
            for (RegisterField f : spec.fields()) {
                if (f.kind() == FieldKind.ENTERPRISE && values.get(f.column()) instanceof String code && !code.isBlank()) {
                    enterprises.findByCreditCode(tx.dsl(), code.strip().toUpperCase()).ifPresentOrElse(e -> stored.put(f.column(), e.id()),
                            () -> unknown.add(FieldProblem.of(f.column(), "registers.problem.unknownEnterprise", code.strip())));
                }
            }
            if (!unknown.isEmpty()) {
                throw new ValidationException(unknown);
            }
            return saveChecked(tx.dsl(), spec, id, stored);
        });
    }

    private String saveChecked(DSLContext tx, RegisterSpec spec, String id, Map<String, Object> values) {
        if (id == null) {
            return registers.insert(tx, spec, values);
        }
        if (spec.lockColumn() != null && registers.column(tx, spec, id, spec.lockColumn()) != null) {
            throw new ValidationException(List.of(FieldProblem.of(spec.fields().get(0).column(), "registers.problem.locked")));
        }
        registers.update(tx, spec, id, values);
        return id;
    }

    /** The problems of {@code values}: required fields, whole numbers, years, and a period that ends before it starts. */
    public static List<FieldProblem> check(RegisterSpec spec, Map<String, Object> values) {
        List<FieldProblem> problems = new ArrayList<>();
        for (RegisterField f : spec.fields()) {
            Object v = values.get(f.column());
            boolean blank = v == null || v instanceof String t && t.isBlank();
            if (blank) {
                if (f.required()) {
                    problems.add(FieldProblem.of(f.column(), "registry.problem.required"));
                }
                continue;
            }
            if (f.kind() == FieldKind.MONEY && ((cn.banan.hrdesk.core.Money) v).fen() <= 0) {
                problems.add(FieldProblem.of(f.column(), "registers.problem.positive"));
            }
            if ((f.kind() == FieldKind.COUNT) && ((Number) v).longValue() < 0) {
                problems.add(FieldProblem.of(f.column(), "registers.problem.negative"));
            }
            if (f.kind() == FieldKind.YEAR && (((Number) v).longValue() < 2000 || ((Number) v).longValue() > 2100)) {
                problems.add(FieldProblem.of(f.column(), "registry.problem.yearRange"));
            }
            if (f.kind() == FieldKind.MONTH && !v.toString().strip().matches("(20\\d\\d)-(0[1-9]|1[0-2])")) {
                problems.add(FieldProblem.of(f.column(), "registers.problem.month"));
            }
        }
        if (values.get("starts_on") instanceof LocalDate from && values.get("ends_on") instanceof LocalDate to && to.isBefore(from)) {
            problems.add(FieldProblem.of("ends_on", "registers.problem.endsBeforeStart"));
        }
        return problems;
    }

    public Page<RegisterRow> page(RegisterSpec spec, String text, int offset, int limit) {
        return registers.page(dsl, spec, text, offset, limit);
    }

    public Optional<RegisterRow> find(RegisterSpec spec, String id) {
        return registers.find(dsl, spec, id);
    }

    public void each(RegisterSpec spec, Consumer<RegisterRow> sink) {
        registers.each(dsl, spec, sink);
    }
}
