package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.FieldText;
import cn.banan.hrdesk.core.Page;
import cn.banan.hrdesk.core.CreditCode;
import cn.banan.hrdesk.core.IdCheck;
import cn.banan.hrdesk.core.IdKind;
import cn.banan.hrdesk.core.ResidentId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** Registering intermediaries and workers: identifiers checked and normalised, duplicates named. */
public final class PartyService {
    private final Session session;
    private final DSLContext dsl;
    private final PartyRepository parties;
    private final Clock clock;

    public PartyService(DSLContext dsl, PartyRepository parties, Clock clock, Session session) {
        this.session = session;
        this.dsl = dsl;
        this.parties = parties;
        this.clock = clock;
    }

    public String save(Intermediary given) {
        session.require(Action.EDIT_PARTIES);
        Intermediary i = given.cleaned();
        List<FieldProblem> problems = new ArrayList<>();
        if (i.kind() == null) {
            problems.add(FieldProblem.of(Intermediary.KIND, "registry.problem.required"));
        }
        required(problems, Intermediary.NAME, i.name());
        required(problems, Intermediary.ACCOUNT_NAME, i.accountName());
        required(problems, Intermediary.BANK_NAME, i.bankName());
        if (required(problems, Intermediary.ACCOUNT_NO, i.accountNo())) {
            cn.banan.hrdesk.core.BankAccountNo.problem(i.accountNo()).ifPresent(k -> problems.add(FieldProblem.of(Intermediary.ACCOUNT_NO, k)));
        }
        FieldText.fits(problems, Intermediary.NAME, i.name(), FieldText.NAME);
        FieldText.fits(problems, Intermediary.ACCOUNT_NAME, i.accountName(), FieldText.NAME);
        FieldText.fits(problems, Intermediary.BANK_NAME, i.bankName(), FieldText.NAME);
        FieldText.fits(problems, Intermediary.ACCOUNT_NO, i.accountNo(), FieldText.NAME);
        String identifier = null;
        if (i.kind() != null && required(problems, Intermediary.IDENTIFIER, i.identifier())) {
            identifier = i.kind().isPerson() ? residentId(problems, Intermediary.IDENTIFIER, i.identifier())
                    : creditCode(problems, i.identifier());
        }
        if (problems.isEmpty()) {
            String id = identifier;
            parties.intermediaryByIdentifier(dsl, id).filter(o -> !o.id().equals(i.id())).ifPresent(o ->
                    problems.add(FieldProblem.of(Intermediary.IDENTIFIER, "registry.problem.duplicateIntermediary", o.name())));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Intermediary clean = new Intermediary(i.id(), i.kind(), i.name().strip(), identifier, EnterpriseService.blankToNull(i.phone()),
                i.accountName().strip(), i.bankName().strip(), cn.banan.hrdesk.core.BankAccountNo.normal(i.accountNo()));
        return dsl.transactionResult(tx -> parties.save(tx.dsl(), clean));
    }

    public String save(Worker given) {
        session.require(Action.EDIT_PARTIES);
        Worker w = given.cleaned();
        List<FieldProblem> problems = new ArrayList<>();
        String residentId = required(problems, Worker.RESIDENT_ID, w.residentId())
                ? residentId(problems, Worker.RESIDENT_ID, w.residentId()) : null;
        required(problems, Worker.NAME, w.name());
        FieldText.fits(problems, Worker.NAME, w.name(), FieldText.NAME);
        if (w.group() == null) {
            problems.add(FieldProblem.of(Worker.GROUP, "registry.problem.required"));
        }
        if (problems.isEmpty()) {
            parties.workerByResidentId(dsl, residentId).filter(o -> !o.id().equals(w.id())).ifPresent(o ->
                    problems.add(FieldProblem.of(Worker.RESIDENT_ID, "registry.problem.duplicateWorker", o.name())));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Worker clean = new Worker(w.id(), residentId, w.name().strip(), EnterpriseService.blankToNull(w.phone()), w.group());
        return dsl.transactionResult(tx -> parties.save(tx.dsl(), clean));
    }

    public java.util.Optional<Worker> workerByResidentId(String residentId) {
        return ResidentId.check(residentId, LocalDate.now(clock)).toOptional().flatMap(r -> parties.workerByResidentId(dsl, r.value()));
    }

    public java.util.Optional<Worker> worker(String id) {
        return parties.worker(dsl, id);
    }

    public java.util.Optional<Intermediary> intermediary(String id) {
        return parties.intermediary(dsl, id);
    }

    /** By credit code or, for a broker, resident ID number, as typed (full width and lower case folded). */
    public java.util.Optional<Intermediary> intermediaryByIdentifier(String identifier) {
        String cleaned = CreditCode.check(identifier).toOptional().map(CreditCode::value)
                .or(() -> ResidentId.check(identifier, LocalDate.now(clock)).toOptional().map(ResidentId::value)).orElse(null);
        return cleaned == null ? java.util.Optional.empty() : parties.intermediaryByIdentifier(dsl, cleaned);
    }

    public Page<Intermediary> intermediaries(String text, int offset, int limit) {
        return parties.intermediaries(dsl, text, offset, limit);
    }

    public Page<Worker> workers(String text, int offset, int limit) {
        return parties.workers(dsl, text, offset, limit);
    }

    private String residentId(List<FieldProblem> problems, String field, String raw) {
        IdCheck<ResidentId> check = ResidentId.check(raw, LocalDate.now(clock));
        if (!check.isValid()) {
            problems.add(FieldProblem.of(field, check.problem().labelKey(), IdKind.RESIDENT));
            return null;
        }
        return check.value().value();
    }

    private static String creditCode(List<FieldProblem> problems, String raw) {
        IdCheck<CreditCode> check = CreditCode.check(raw);
        if (!check.isValid()) {
            problems.add(FieldProblem.of(Intermediary.IDENTIFIER, check.problem().labelKey(), IdKind.CREDIT));
            return null;
        }
        return check.value().value();
    }

    private static boolean required(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "registry.problem.required"));
            return false;
        }
        return true;
    }
}
