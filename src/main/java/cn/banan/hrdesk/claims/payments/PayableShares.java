package cn.banan.hrdesk.claims.payments;

import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimRepository;
import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.claims.Payees;
import cn.banan.hrdesk.claims.SiteCode;
import cn.banan.hrdesk.claims.SourceTotals;
import cn.banan.hrdesk.claims.workflow.ClaimEventRepository;
import cn.banan.hrdesk.claims.workflow.ClaimProgress;
import cn.banan.hrdesk.claims.workflow.Notice;
import cn.banan.hrdesk.claims.workflow.NoticeRepository;
import cn.banan.hrdesk.claims.workflow.ObjectionRepository;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.registry.BankAccount;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/** What a source owes and may send to the bank now: approved, unpaid, past its 公示, free of objections, with an account. */
final class PayableShares {
    private final ClaimRepository claims;
    private final ClaimEventRepository events;
    private final NoticeRepository notices;
    private final ObjectionRepository objections;
    private final Payees payees;
    private final PaymentBatchRepository batches;
    private final Supplier<List<ClaimSummary>> visible;
    private final Clock clock;

    PayableShares(ClaimRepository claims, ClaimEventRepository events, NoticeRepository notices, ObjectionRepository objections, Payees payees,
                  PaymentBatchRepository batches, Supplier<List<ClaimSummary>> visible, Clock clock) {
        this.claims = claims;
        this.events = events;
        this.notices = notices;
        this.objections = objections;
        this.payees = payees;
        this.batches = batches;
        this.visible = visible;
        this.clock = clock;
    }

    List<Payable> of(DSLContext dsl, FundingSource source) {
        List<Payable> out = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        java.util.Set<String> reissue = batches.refundedNotRepaid(dsl, source);
        for (ClaimSummary c : visible.get()) {
            // a share the bank sent back (退汇) is owed again, whatever step the claim has reached since
            if (!reissue.contains(c.id())) {
                if (c.status() != ClaimStatus.FUNDING && c.status() != ClaimStatus.PAYMENT) {
                    continue;
                }
                ClaimProgress p = events.progress(dsl, c.id());
                if (!p.funded(source) || p.paid(source)) {
                    continue;
                }
            }
            Claim claim = claims.find(dsl, c.id()).orElseThrow();
            var lines = claims.lines(dsl, c.id());
            Money amount = SourceTotals.of(lines, objections.withheldLines(dsl, c.id())).of(source);
            Optional<BankAccount> account = payees.of(dsl, claim);
            Optional<Notice> notice = notices.latestFor(dsl, c.id());
            boolean objected = objections.openOnSource(dsl, c.id(), source) > 0;
            String blocker = null;
            Object arg = null;
            if (batches.sentOrPaid(dsl, c.id(), source)) {
                blocker = "payments.blocked.sent";
            } else if (amount.fen() <= 0) {
                blocker = "payments.blocked.nothing";
            } else if (account.isEmpty()) {
                blocker = "payments.blocked.noAccount";
            } else if (notice.isEmpty()) {
                blocker = "payments.blocked.noNotice";
            } else if (!notice.get().over(today)) {
                blocker = "payments.blocked.inNotice";
                arg = notice.get().endsOn();
            } else if (objected) {
                blocker = "payments.blocked.objection";
            }
            out.add(new Payable(c.id(), c.claimNo(), c.claimantName(), amount, account.orElse(null), blocker, arg, reissue.contains(c.id())));
        }
        return out;
    }

    /** The next number of the year at this site: DF-2026-OFC-001. */
    static String prefix(Site site, LocalDate day) {
        return "DF-" + day.getYear() + "-" + SiteCode.of(site) + "-";
    }

    /** What a payable says when it cannot go yet. */
    static String why(Payable p, Texts texts) {
        return p.ready() ? "" : texts.get(p.blockerKey(), p.blockerArg());
    }
}
