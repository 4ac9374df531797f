package cn.banan.hrdesk.registers;

import cn.banan.hrdesk.voiding.VoidRepository;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.FieldText;
import cn.banan.hrdesk.core.IdCheck;
import cn.banan.hrdesk.core.IdKind;
import cn.banan.hrdesk.core.Page;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import cn.banan.hrdesk.security.Session;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Keeping a register: every field checked (problems named at their fields), written by the roles the spec names. */
public final class RegisterService {
    private static final int OPTIONS = 500;
    private final DSLContext dsl;
    private final RegisterRepository registers;
    private final Session session;
    private final References references;
    private final Clock clock;
    private final Map<RegisterSpec, AfterSave> afterSave;
    private final VoidRepository voids;

    /** {@code afterSave}: what a register's saved row also changes, in the same transaction (a verification the registry's demand, say). */
    public RegisterService(DSLContext dsl, RegisterRepository registers, Session session, EnterpriseRepository enterprises, Clock clock,
                           Map<RegisterSpec, AfterSave> afterSave, VoidRepository voids) {
        this.voids = voids;
        this.dsl = dsl;
        this.registers = registers;
        this.session = session;
        this.references = new References(registers, enterprises);
        this.clock = clock;
        this.afterSave = Map.copyOf(afterSave);
    }

    /** Runs after a row was stored, inside the same transaction; a ValidationException it throws undoes the save. */
    @FunctionalInterface
    public interface AfterSave {
        void saved(DSLContext tx, String id);
    }

    /** Stores a new row ({@code id} null) or changes one; returns its id. */
    /** What saving a row of {@code spec} also changes, for a row written in the caller's transaction (the demo's). */
    public void afterSaved(DSLContext tx, RegisterSpec spec, String id) {
        AfterSave then = afterSave.get(spec);
        if (then != null) {
            then.saved(tx, id);
        }
    }

    public String save(RegisterSpec spec, String id, Map<String, Object> typed) {
        session.require(spec.editAction());
        Map<String, Object> values = cleaned(spec, typed);
        List<FieldProblem> problems = check(spec, values, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        try {
            return dsl.transactionResult(tx -> {
                Map<String, Object> stored = references.resolve(tx.dsl(), spec, values);
                String saved = saveChecked(tx.dsl(), spec, id, stored);
                afterSaved(tx.dsl(), spec, saved);
                return saved;
            });
        } catch (DataAccessException e) {
            // a second live row with what must be unique (a task number, a student in one agreement): said at its field
            throw UniqueRows.problem(spec, e).map(ValidationException::new).orElseThrow(() -> e);
        }
    }

    private String saveChecked(DSLContext tx, RegisterSpec spec, String id, Map<String, Object> values) {
        if (id == null) {
            return registers.insert(tx, spec, values);
        }
        if (spec.lock() != null && registers.column(tx, spec, id, spec.lock().column()) != null) {
            throw new ValidationException(List.of(FieldProblem.of(spec.fields().get(0).column(), spec.lock().problemKey())));
        }
        registers.update(tx, spec, id, values);
        return id;
    }

    /** The values with control characters and direction marks taken out of every text (a long text keeps its lines). */
    static Map<String, Object> cleaned(RegisterSpec spec, Map<String, Object> values) {
        Map<String, Object> clean = new java.util.HashMap<>(values);
        for (RegisterField f : spec.fields()) {
            if (clean.get(f.column()) instanceof String text) {
                clean.put(f.column(), f.kind() == FieldKind.LONG_TEXT ? FieldText.block(text) : FieldText.line(text));
            }
        }
        return clean;
    }

    /**
     * The problems of {@code values} as of {@code today}: required fields, whole numbers, years, months, ID numbers, and a
     * period that ends before it starts.
     */
    /** The columns that open and close a period, wherever a register has them (a task's run, a term in the group). */
    private static final List<List<String>> PERIODS = List.of(List.of("starts_on", "ends_on"), List.of("serves_from", "serves_to"));

    public static List<FieldProblem> check(RegisterSpec spec, Map<String, Object> values, LocalDate today) {
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
            if (v instanceof String text) {
                FieldText.fits(problems, f.column(), text, f.kind() == FieldKind.LONG_TEXT ? FieldText.NOTE : FieldText.LINE);
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
            if (f.kind() == FieldKind.RESIDENT_ID) {
                IdCheck<ResidentId> id = ResidentId.check(v.toString(), today);
                if (!id.isValid()) {
                    problems.add(FieldProblem.of(f.column(), id.problem().labelKey(), IdKind.RESIDENT));
                }
            }
        }
        for (List<String> period : PERIODS) {
            if (values.get(period.get(0)) instanceof LocalDate from && values.get(period.get(1)) instanceof LocalDate to && to.isBefore(from)) {
                problems.add(FieldProblem.of(period.get(1), "registers.problem.endsBeforeStart"));
            }
        }
        return problems;
    }

    /** A row entered wrongly is voided with a reason by those who may change the register: hidden, kept, and why. */
    public void voidRow(RegisterSpec spec, String id, String reason) {
        var actor = session.require(spec.editAction());
        dsl.transaction(tx -> voids.voidRow(tx.dsl(), spec.table(), id, reason, actor.name()));
    }

    public Page<RegisterRow> page(RegisterSpec spec, String text, int offset, int limit) {
        return registers.page(dsl, spec, text, offset, limit);
    }

    public Optional<RegisterRow> find(RegisterSpec spec, String id) {
        return registers.find(dsl, spec, id);
    }

    /** The rows a ROW field of {@code spec} may name, newest first (a form's list). */
    public List<RowRef> options(RegisterSpec spec, String column) {
        return registers.options(dsl, spec.field(column).link(), OPTIONS);
    }

    public void each(RegisterSpec spec, Consumer<RegisterRow> sink) {
        registers.each(dsl, spec, sink);
    }
}
