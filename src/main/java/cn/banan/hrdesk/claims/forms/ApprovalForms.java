package cn.banan.hrdesk.claims.forms;

import cn.banan.hrdesk.claims.ClaimScope;
import cn.banan.hrdesk.xlsx.FileSet;
import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.ClaimRepository;
import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.claims.SourceTotals;
import cn.banan.hrdesk.claims.workflow.ObjectionRepository;
import cn.banan.hrdesk.claims.forms.xlsx.ApprovalFormWriter;
import cn.banan.hrdesk.claims.workflow.ClaimEvent;
import cn.banan.hrdesk.claims.workflow.ClaimEventRepository;
import cn.banan.hrdesk.claims.workflow.ClaimProgress;
import cn.banan.hrdesk.claims.workflow.Decision;
import cn.banan.hrdesk.claims.workflow.Step;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ledger.EntryKind;
import cn.banan.hrdesk.ledger.LedgerEntry;
import cn.banan.hrdesk.ledger.LedgerService;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.PartyRepository;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import cn.banan.hrdesk.audit.WitnessLine;
import org.jooq.DSLContext;

/** The 招工补贴审批表: one claim's form, or many as a batch, printable at any step (SPEC §4). */
public final class ApprovalForms {
    private final DSLContext dsl;
    private final ClaimRepository claims;
    private final ClaimEventRepository events;
    private final PartyRepository parties;
    private final EnterpriseRepository enterprises;
    private final LedgerService ledger;
    private final ClaimScope scope;
    private final Session session;
    private final Texts texts;
    private final Supplier<WitnessLine> witness;
    private final ObjectionRepository objections;
    private final cn.banan.hrdesk.claims.Payees payees;
    private final cn.banan.hrdesk.attachments.AttachmentRepository attachments;

    public ApprovalForms(DSLContext dsl, ClaimRepository claims, ClaimEventRepository events, PartyRepository parties,
                         EnterpriseRepository enterprises, LedgerService ledger, Session session, Texts texts,
                         Supplier<WitnessLine> witness, ObjectionRepository objections, cn.banan.hrdesk.claims.Payees payees,
                         cn.banan.hrdesk.attachments.AttachmentRepository attachments) {
        this.attachments = attachments;
        this.payees = payees;
        this.witness = witness;
        this.objections = objections;
        this.dsl = dsl;
        this.claims = claims;
        this.events = events;
        this.parties = parties;
        this.enterprises = enterprises;
        this.ledger = ledger;
        this.session = session;
        this.scope = new ClaimScope(claims, session);
        this.texts = texts;
    }

    public void write(String claimId, Path out) throws IOException {
        write(claimId, out, false);
    }

    /** {@code fullIdsAsked}: the command line's --full-ids; a signed-in role's right decides for it (see {@link #fullIds}). */
    public void write(String claimId, Path out, boolean fullIdsAsked) throws IOException {
        new ApprovalFormWriter(texts).write(data(claimId, fullIdsAsked), out);
    }

    /** Every claim that {@code which} accepts, one file each named after its claim number; returns how many. */
    public int batch(List<ClaimSummary> all, Predicate<ClaimSummary> which, Path dir, Progress progress) throws IOException {
        return batch(all, which, dir, false, progress);
    }

    public int batch(List<ClaimSummary> all, Predicate<ClaimSummary> which, Path dir, boolean fullIdsAsked, Progress progress)
            throws IOException {
        List<ClaimSummary> chosen = all.stream().filter(which).toList();
        try (FileSet set = FileSet.into(dir)) {
            for (int i = 0; i < chosen.size(); i++) {
                progress.checkCancelled();
                write(chosen.get(i).id(), set.file(chosen.get(i).claimNo() + ".xlsx"), fullIdsAsked);
                progress.update(i + 1, chosen.size());
            }
            set.commit();
        }
        return chosen.size();
    }

    public ApprovalFormData data(String claimId) {
        return data(claimId, false);
    }

    private ApprovalFormData data(String claimId, boolean fullIdsAsked) {
        // The audit chain's witness reads on a connection of its own, so it is read first; then one read transaction:
        // the lines, events and ledger entries of one moment, with no write lock taken.
        WitnessLine witnessed = witness.get();
        return cn.banan.hrdesk.store.ConsistentRead.of(dsl, tx -> {
            Claim claim = claims.find(tx, claimId).orElseThrow();
            scope.require(tx, claim);
            return data(tx, claim, fullIds(fullIdsAsked), witnessed);
        });
    }

    /**
     * What a printed form shows of ID numbers, decided here for the window and the command line alike: a signed-in
     * role in full when it may see personal data, else masked; the command line, which has no role, masked unless the
     * person running it asks for them in full.
     */
    private boolean fullIds(boolean asked) {
        return cn.banan.hrdesk.security.PersonalData.inFull(session, asked);
    }

    private ApprovalFormData data(DSLContext tx, Claim claim, boolean fullIds, WitnessLine witnessed) {
        List<ClaimLine> lines = claims.lines(tx, claim.id());
        SourceTotals totals = SourceTotals.of(lines, objections.withheldLines(tx, claim.id()));
        Map<FundingSource, Money> bySource = totals.bySource();
        List<ClaimEvent> all = events.of(tx, claim.id());
        ClaimStatus status = ClaimProgress.of(all, bySource.keySet()).status();
        int lastReturn = -1;
        List<ClaimEvent> returns = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).decision() == Decision.RETURN) {
                lastReturn = i;
                returns.add(all.get(i));
            }
        }
        List<ClaimEvent> cycle = all.subList(lastReturn + 1, all.size());
        List<LedgerEntry> payments = ledger.ofClaim(tx, claim.id()).stream().filter(e -> e.kind() == EntryKind.PAYMENT && !e.isReversal()).toList();
        List<StepBox> boxes = new ArrayList<>();
        for (Step step : List.of(Step.INTAKE, Step.FIRST_CHECK, Step.REVIEW)) {
            boxes.add(new StepBox(step, null, last(cycle, step, null), null, null));
        }
        for (Step step : List.of(Step.FUNDING, Step.PAYMENT)) {
            for (FundingSource s : bySource.isEmpty() ? List.of(FundingSource.DISTRICT_FUND) : List.copyOf(bySource.keySet())) {
                ClaimEvent e = last(cycle, step, s);
                LedgerEntry paid = e == null || step != Step.PAYMENT ? null
                        : payments.stream().filter(p -> e.id().equals(p.eventId())).findFirst().orElse(null);
                boxes.add(new StepBox(step, s, e, paid == null ? null : paid.entryDate(), paid == null ? null : paid.voucherNo()));
            }
        }
        String name = claim.rule() == cn.banan.hrdesk.policy.Rule.R3
                ? enterprises.find(tx, claim.claimantId()).map(e -> e.name()).orElse("")
                : parties.intermediary(tx, claim.claimantId()).map(Intermediary::name).orElse("");
        var kept = payees.of(tx, claim);
        String payee = kept.map(a -> a.accountName()).orElse(null);
        String bank = kept.map(a -> a.bankName()).orElse(null);
        String account = kept.map(a -> a.accountNo()).orElse(null);
        if (account == null || account.isBlank()) {
            LedgerEntry p = payments.isEmpty() ? null : payments.get(0);
            payee = p == null ? null : p.payee();
            account = p == null ? null : p.payeeAccount();
        }
        List<String> documents = lines.stream().map(ClaimLine::documentNo).distinct().toList();
        return new ApprovalFormData(claim, status, name, payee, bank, account, documents, lines, totals.total(), bySource, totals.withheld(), boxes, returns,
                fullIds, witnessed, cn.banan.hrdesk.store.DemoMark.isDemo(tx),
                attachments.of(tx, cn.banan.hrdesk.attachments.AttachmentOwner.CLAIM, claim.id()));
    }

    private static ClaimEvent last(List<ClaimEvent> cycle, Step step, FundingSource source) {
        ClaimEvent found = null;
        for (ClaimEvent e : cycle) {
            if (e.step() == step && (source == null || source == e.fundingSource())) {
                found = e;
            }
        }
        return found;
    }
}
