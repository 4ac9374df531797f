package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.store.ImportEntry;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Page;
import cn.banan.hrdesk.core.CreditCode;
import cn.banan.hrdesk.core.Tier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import cn.banan.hrdesk.core.Progress;
import org.jooq.DSLContext;

/** Registering and changing enterprises: checks, the duplicate rule and the tier history, each in one transaction. */
public final class EnterpriseService {
    private final Session session;
    private final DSLContext dsl;
    private final EnterpriseRepository enterprises;
    private final EnterpriseDetailRepository details;
    private final Clock clock;

    public EnterpriseService(DSLContext dsl, EnterpriseRepository enterprises, EnterpriseDetailRepository details, Clock clock, Session session) {
        this.session = session;
        this.dsl = dsl;
        this.enterprises = enterprises;
        this.details = details;
        this.clock = clock;
    }

    /** Stores the form, or throws {@link ValidationException} with every problem and writes nothing. */
    public String save(EnterpriseForm form) {
        session.require(Action.EDIT_REGISTRY);
        return dsl.transactionResult(tx -> save(tx.dsl(), form));
    }

    /** The same inside a caller's transaction (the import saves many rows in one). */
    String save(DSLContext tx, EnterpriseForm given) {
        EnterpriseForm form = given.cleaned();
        List<FieldProblem> problems = new ArrayList<>(EnterpriseRules.check(form, LocalDate.now(clock)));
        // a park's user keeps the park's enterprises: neither registers one elsewhere nor moves or edits another park's
        session.parkScope().filter(mine -> form.park() != mine
                || !form.isNew() && enterprises.find(tx, form.id()).map(Enterprise::park).filter(p -> p != mine).isPresent())
                .ifPresent(mine -> problems.add(FieldProblem.of(EnterpriseForm.PARK, "registry.problem.otherPark", mine)));
        if (problems.isEmpty()) {
            duplicateOf(tx, form).ifPresent(other -> problems.add(
                    FieldProblem.of(EnterpriseForm.CREDIT_CODE, "registry.problem.duplicateCreditCode", other.name())));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Enterprise e = new Enterprise(form.id(), form.name().strip(), CreditCode.of(form.creditCode()), form.park(),
                blankToNull(form.address()), blankToNull(form.industry()), blankToNull(form.note()));
        if (form.isNew()) {
            String id = enterprises.insert(tx, e);
            details.insertTier(tx, id, form.tier(), form.tierFrom());
            return id;
        }
        enterprises.update(tx, e);
        return e.id();
    }

    /**
     * Stores many forms in one transaction, telling {@code onProblem} (by index) about each refused one. The
     * transaction is rolled back, and 0 returned, when {@code allOrNothing} and any row (here, or
     * {@code othersBad} elsewhere) was bad, or when the user cancels.
     */
    /** Where an import hands its rows, inside the import's one transaction. */
    public interface ImportSink {
        /** Stores one enterprise; what is wrong with it when it cannot be stored (a credit code already taken). */
        List<FieldProblem> store(EnterpriseForm form);

        /** A row the import could not even read as a form: an all-or-nothing import will store nothing. */
        void rowRefused();
    }

    /**
     * Stores what {@code source} hands the sink, in one transaction, as it reads its file: memory stays flat however
     * many rows. All or nothing: one bad row, and the transaction is rolled back at the end (0 stored).
     */
    public int importRows(String file, boolean allOrNothing, Consumer<ImportSink> source) {
        session.require(Action.EDIT_REGISTRY);
        int[] stored = {0};
        int[] refused = {0};
        boolean[] bad = {false};
        try {
            dsl.transaction(tx -> {
                source.accept(new ImportSink() {
                    @Override
                    public List<FieldProblem> store(EnterpriseForm form) {
                        try {
                            save(tx.dsl(), form);
                            stored[0]++;
                            return List.of();
                        } catch (ValidationException e) {
                            bad[0] = true;
                            refused[0]++;
                            return e.problems();
                        }
                    }

                    @Override
                    public void rowRefused() {
                        bad[0] = true;
                        refused[0]++;
                    }
                });
                if (allOrNothing && bad[0]) {
                    throw new RolledBack();
                }
                ImportEntry.record(tx.dsl(), "enterprise", file, file, stored[0] + refused[0], stored[0], refused[0]);
            });
        } catch (RolledBack e) {
            return 0;
        }
        return stored[0];
    }

    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super(null, null, false, false);
        }
    }

    Optional<Enterprise> duplicateOf(DSLContext tx, EnterpriseForm form) {
        return enterprises.findByCreditCode(tx, CreditCode.of(form.creditCode()).value())
                .filter(other -> !other.id().equals(form.id()));
    }

    /**
     * From {@code from} on the enterprise holds {@code tier} (null: no tier any more). The period in force
     * the day before ends then; a change dated on or before the start of the period in force is refused.
     */
    public void changeTier(String enterpriseId, Tier tier, LocalDate from) {
        session.require(Action.EDIT_REGISTRY);
        dsl.transaction(tx -> {
            List<TierPeriod> periods = details.tiers(tx.dsl(), enterpriseId);
            for (TierPeriod p : periods) {
                if (p.to() == null || !p.to().isBefore(from)) {
                    if (!p.from().isBefore(from)) {
                        throw new ValidationException(List.of(FieldProblem.of(EnterpriseForm.TIER_FROM, "registry.problem.tierChangeTooEarly", p.from())));
                    }
                    details.closeTier(tx.dsl(), p.id(), from.minusDays(1));
                }
            }
            if (tier != null) {
                details.insertTier(tx.dsl(), enterpriseId, tier, from);
            }
        });
    }

    /** The tier in force on {@code day}: what every claim is judged by (SPEC §1). */
    public Optional<Tier> tierOn(String enterpriseId, LocalDate day) {
        return details.tiers(dsl, enterpriseId).stream().filter(p -> p.covers(day)).map(TierPeriod::tier).findFirst();
    }

    /** By credit code as typed (full width and lower case folded); empty when invalid or not registered. */
    public Optional<Enterprise> findByCreditCode(String code) {
        return CreditCode.check(code).toOptional().flatMap(c -> enterprises.findByCreditCode(dsl, c.value()));
    }

    /** Empty, too, for an enterprise outside the signed-in park user's park. */
    public Optional<Enterprise> find(String id) {
        return enterprises.find(dsl, id).filter(e -> session.parkScope().map(p -> p == e.park()).orElse(true));
    }

    public List<TierPeriod> tiers(String id) {
        return details.tiers(dsl, id);
    }

    public Page<EnterpriseRow> page(EnterpriseQuery query, int offset, int limit) {
        EnterpriseQuery q = scoped(query);
        if (q == null) {
            return new Page<>(List.of(), offset, 0);
        }
        return new Page<>(enterprises.page(dsl, q, offset, limit), offset, enterprises.count(dsl, q));
    }

    /** A park user's query, bounded by the park (null: asks for another park, nothing to show). */
    private EnterpriseQuery scoped(EnterpriseQuery q) {
        var mine = session.parkScope();
        if (mine.isEmpty()) {
            return q;
        }
        if (q.park() != null && q.park() != mine.get()) {
            return null;
        }
        return new EnterpriseQuery(q.text(), q.tier(), mine.get(), q.recognized(), q.asOf());
    }

    /** Every live enterprise with the tier in force on {@code day} (null when none), in list order. */
    public void forEachWithTier(EnterpriseQuery query, BiConsumer<Enterprise, TierPeriod> each) {
        EnterpriseQuery q = scoped(query);
        if (q == null) {
            return;
        }
        java.util.Map<String, TierPeriod> tiers = details.tiersOn(dsl, q.asOf());
        enterprises.forEach(dsl, q, e -> each.accept(e, tiers.get(e.id())));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
