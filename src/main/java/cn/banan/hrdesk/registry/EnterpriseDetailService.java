package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.voiding.VoidRepository;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.core.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** Recognitions, approved demand and contacts of one enterprise, checked before they are stored. */
public final class EnterpriseDetailService {
    private final Session session;
    private final DSLContext dsl;
    private final EnterpriseDetailRepository details;

    private final VoidRepository voids;

    public EnterpriseDetailService(DSLContext dsl, EnterpriseDetailRepository details, Session session, VoidRepository voids) {
        this.voids = voids;
        this.session = session;
        this.dsl = dsl;
        this.details = details;
    }

    public List<Recognition> recognitions(String enterpriseId) {
        return details.recognitions(dsl, enterpriseId);
    }

    public void addRecognition(String enterpriseId, Recognition r) {
        session.require(Action.EDIT_REGISTRY);
        List<FieldProblem> problems = new ArrayList<>();
        requireText(problems, "decidingUnits", r.decidingUnits());
        requireText(problems, "documentNo", r.documentNo());
        if (r.decisionDate() == null) {
            problems.add(FieldProblem.of("decisionDate", "registry.problem.required"));
        }
        if (r.validFrom() == null) {
            problems.add(FieldProblem.of("validFrom", "registry.problem.required"));
        } else if (r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
            problems.add(FieldProblem.of("validTo", "registry.problem.endBeforeStart"));
        }
        throwIfAny(problems);
        dsl.transaction(tx -> details.insertRecognition(tx.dsl(), enterpriseId, r));
    }

    public List<LabourDemand> demands(String enterpriseId) {
        return details.demands(dsl, enterpriseId);
    }

    public void putDemand(String enterpriseId, int year, int approved) {
        session.require(Action.EDIT_REGISTRY);
        List<FieldProblem> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add(FieldProblem.of("year", "registry.problem.yearRange"));
        }
        if (approved < 0) {
            problems.add(FieldProblem.of("approvedCount", "registry.problem.negative"));
        }
        throwIfAny(problems);
        dsl.transaction(tx -> details.putDemand(tx.dsl(), enterpriseId, year, approved));
    }

    public List<Contact> contacts(String enterpriseId) {
        return details.contacts(dsl, enterpriseId);
    }

    public void addContact(String enterpriseId, Contact c) {
        session.require(Action.EDIT_REGISTRY);
        List<FieldProblem> problems = new ArrayList<>();
        requireText(problems, "contactName", c.name());
        throwIfAny(problems);
        dsl.transaction(tx -> details.insertContact(tx.dsl(), enterpriseId, c));
    }

    /** A contact entered wrongly is voided with a reason: hidden from the enterprise, kept with who voided it and why. */
    public void removeContact(String contactId, String reason) {
        var actor = session.require(Action.EDIT_REGISTRY);
        dsl.transaction(tx -> voids.voidRow(tx.dsl(), "enterprise_contact", contactId, reason, actor.name()));
    }

    private static void requireText(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "registry.problem.required"));
        }
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
