package cn.banan.hrdesk.demo;

import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.claims.workflow.NoticeService;
import cn.banan.hrdesk.claims.workflow.ObjectionOutcome;
import cn.banan.hrdesk.claims.workflow.ObjectionService;
import cn.banan.hrdesk.attachments.AttachmentOwner;
import cn.banan.hrdesk.attachments.Attachments;
import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.payments.LineResult;
import cn.banan.hrdesk.claims.payments.PaymentBatch;
import cn.banan.hrdesk.claims.payments.PaymentBatches;
import cn.banan.hrdesk.claims.workflow.Step;
import cn.banan.hrdesk.claims.workflow.StepRequest;
import cn.banan.hrdesk.claims.workflow.WorkflowService;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.office.Disbursement;
import cn.banan.hrdesk.office.ExpenseCategory;
import cn.banan.hrdesk.office.OfficeRegisters;
import cn.banan.hrdesk.office.WorkFund;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.security.UserAccount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Walks some demo claims along the workflow as the demo users would: one to 归档 (paid after its 公示), one
 * waiting for 发放, one waiting for 审核. Each step goes through the workflow service as its user, so the demo
 * shows only what the rules allow.
 */
final class DemoWorkflow {
    private final WorkflowService workflow;
    private final NoticeService notices;
    private final Session session;
    private final Map<String, UserAccount> users;
    private final Clock clock;

    private final ObjectionService objections;
    private final PaymentBatches batches;
    private final Attachments attachments;
    private final Function<String, List<ClaimLine>> lines;

    DemoWorkflow(WorkflowService workflow, NoticeService notices, ObjectionService objections, PaymentBatches batches,
                 Attachments attachments, Function<String, List<ClaimLine>> lines, Session session, Map<String, UserAccount> users, Clock clock) {
        this.attachments = attachments;
        this.batches = batches;
        this.objections = objections;
        this.lines = lines;
        this.workflow = workflow;
        this.notices = notices;
        this.session = session;
        this.users = users;
        this.clock = clock;
    }

    void walk(Supplier<List<ClaimSummary>> claims, DemoNames names) throws IOException {
        Actor before = session.actor().orElse(null);
        try {
            List<ClaimSummary> ready = claims.get().stream().filter(c -> c.status() == ClaimStatus.INTAKE && c.openFlags() == 0
                    && c.amount().fen() > 0).toList();
            if (ready.size() < 3) {
                return;
            }
            for (int i = 0; i < 3; i++) {
                String id = ready.get(i).id();
                boolean r3 = ready.get(i).rule() == Rule.R3;
                as(r3 ? "qiye" : "zhaogong", () -> workflow.perform(StepRequest.pass(id, Step.INTAKE)));
                // the office's claims: 初审 by the other department's clerk (a park's clerk checks the park's own only)
                as(r3 ? "zhaogong" : "qiye", () -> workflow.perform(StepRequest.pass(id, Step.FIRST_CHECK)));
                if (i == 2) {
                    continue;
                }
                as("renshe", () -> workflow.perform(StepRequest.pass(id, Step.REVIEW)));
                for (FundingSource s : workflow.progress(id).sources()) {
                    as(DemoUsers.approverOf(s), () -> workflow.perform(StepRequest.pass(id, Step.FUNDING, s)));
                }
            }
            Path list = Files.createTempFile("hrdesk-demo-notice", ".xlsx");
            try {
                LocalDate today = LocalDate.now(clock);
                as("zonghe", () -> notices.publish(List.of(ready.get(0).id()), today.minusDays(12), 7, list));
                as("zonghe", () -> notices.publish(List.of(ready.get(1).id()), today.minusDays(2), 7, list));
            } finally {
                Files.deleteIfExists(list);
            }
            objections(ready.get(0).id(), ready.get(1).id(), names);
            attach(ready.get(0), names);
            String id = ready.get(0).id();
            for (FundingSource s : workflow.progress(id).sources()) {
                pay(id, s, names, s == workflow.progress(id).sources().iterator().next());
            }
            as("zonghe", () -> workflow.perform(StepRequest.pass(id, Step.ARCHIVE)));
        } finally {
            session.signIn(before);
        }
    }

    /**
     * The work fund as its people would keep it: two allocations, six expenditures in the four categories, one request
     * disbursed (with an auditor's note), one approved, one waiting for 区财政局.
     */
    void workFund(WorkFund fund, RegisterService registers, DemoNames names) {
        Actor before = session.actor().orElse(null);
        try {
            LocalDate today = LocalDate.now(clock);
            as("zonghe", () -> fund.allocate(today.minusDays(60), Money.ofYuan(50_000), names.text("workfund.document", today.getYear(), 12)));
            as("zonghe", () -> fund.allocate(today.minusDays(20), Money.ofYuan(30_000), names.text("workfund.document", today.getYear(), 47)));
            List<String> purposes = names.list("workfund.purposes");
            List<String> spent = new java.util.ArrayList<>();
            for (int i = 0; i < purposes.size(); i++) {
                int n = i;
                as("zonghe", () -> spent.add(registers.save(OfficeRegisters.EXPENDITURES, null, Map.of("category",
                        ExpenseCategory.values()[n % ExpenseCategory.values().length], "spent_on", today.minusDays(50L - 7L * n), "purpose",
                        purposes.get(n), "amount_fen", Money.ofYuan(1_800L + 1_300L * n), "voucher_no", "ZC-" + today.getYear() + "-" + (n + 1)))));
            }
            as("zonghe", () -> fund.request(spent.subList(0, 2)));
            as("zonghe", () -> fund.request(spent.subList(2, 4)));
            as("zonghe", () -> fund.request(spent.subList(4, 5)));
            List<Disbursement> requests = fund.requests();
            String first = requests.get(2).id();
            as("caizheng", () -> fund.approve(first));
            as("caizheng", () -> fund.approve(requests.get(1).id()));
            as("fafang", () -> fund.disburse(first, null));
            as("shenji", () -> fund.annotate("disbursement_request", first, names.text("workfund.note")));
        } finally {
            session.signIn(before);
        }
    }

    /**
     * The claim's share of {@code source} goes to the bank on a 代发清单 and is credited; the first share is first
     * returned by the bank (the name did not match) and sent again on a second list.
     */
    private void pay(String claimId, FundingSource source, DemoNames names, boolean returnedFirst) throws IOException {
        Path file = Files.createTempFile("hrdesk-demo-bank", ".xlsx");
        try {
            LocalDate today = LocalDate.now(clock);
            String payer = DemoUsers.payerOf(source);
            if (returnedFirst) {
                as(payer, () -> answer(batches.make(List.of(claimId), "", file), LineResult.RETURNED, names.text("bank.returned")));
            }
            as(payer, () -> answer(batches.make(List.of(claimId), "", file), LineResult.PAID, null));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void answer(PaymentBatch batch, LineResult result, String reason) {
        batches.lines(batch.id()).forEach(l -> batches.answer(l.id(), result, LocalDate.now(clock), reason));
    }

    /** The paid claim's papers: a hire confirmation and an insurance proof, as the clerk who took it in scanned them. */
    private void attach(ClaimSummary claim, DemoNames names) throws IOException {
        Path folder = Files.createTempDirectory("hrdesk-demo-scans");
        try {
            List<String> papers = names.list("attachment.papers");
            for (int i = 0; i < papers.size(); i++) {
                Path scan = DemoPdf.write(folder.resolve(papers.get(i) + ".pdf"), "Demo paper " + (i + 1) + " of claim " + claim.claimNo());
                as(claim.rule() == Rule.R3 ? "qiye" : "zhaogong", () -> attachments.add(AttachmentOwner.CLAIM, claim.id(), scan, ""));
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    /** An objection to the paid claim's notice, dismissed before payment; one to the running notice, still open. */
    private void objections(String paid, String waiting, DemoNames names) {
        LocalDate today = LocalDate.now(clock);
        ClaimLine first = lines.apply(paid).stream().filter(l -> l.eligible() && l.amount().fen() > 0).findFirst().orElseThrow();
        String[] id = new String[1];
        as("zonghe", () -> id[0] = objections.record(paid, first.id(), names.text("objection.raisedBy"), today.minusDays(10),
                names.text("objection.content", first.workerName())));
        as("renshe", () -> objections.settle(id[0], ObjectionOutcome.DISMISSED, names.text("objection.dismissed", first.workerName())));
        ClaimLine other = lines.apply(waiting).stream().filter(l -> l.eligible() && l.amount().fen() > 0).findFirst().orElseThrow();
        as("zonghe", () -> objections.record(waiting, other.id(), names.text("objection.openRaisedBy"), today.minusDays(1),
                names.text("objection.openContent", other.workerName())));
    }

    private void as(String username, Runnable step) {
        UserAccount u = users.get(username);
        if (u == null) {
            throw new IllegalStateException("demo user " + username + " was not made");
        }
        session.signIn(u.asActor());
        step.run();
    }
}
