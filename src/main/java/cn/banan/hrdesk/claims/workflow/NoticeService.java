package cn.banan.hrdesk.claims.workflow;

import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.xlsx.Column;
import cn.banan.hrdesk.xlsx.TableWorkbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * 公示 before payment: lists reviewed claims' payees and amounts for a period, as an .xlsx to post. The notice is
 * recorded only if its file was written, so a notice nobody could post never holds up (or frees) a payment.
 */
public final class NoticeService {
    public static final String CLAIMS = "claims";
    public static final String DAYS = "days";
    private final DSLContext dsl;
    private final NoticeRepository notices;
    private final Supplier<List<ClaimSummary>> claims;
    private final Session session;
    private final Texts texts;
    private final Site site;

    private final java.util.function.Function<String, java.util.Optional<cn.banan.hrdesk.registry.BankAccount>> payees;

    /** {@code payees}: a claim's account by its id (see {@link cn.banan.hrdesk.claims.Payees}). */
    public NoticeService(DSLContext dsl, NoticeRepository notices, Supplier<List<ClaimSummary>> claims, Session session, Texts texts, Site site,
                         java.util.function.Function<String, java.util.Optional<cn.banan.hrdesk.registry.BankAccount>> payees) {
        this.payees = payees;
        this.dsl = dsl;
        this.notices = notices;
        this.claims = claims;
        this.session = session;
        this.texts = texts;
        this.site = site;
    }

    /** Reviewed claims not yet paid: what a notice can list. */
    public List<ClaimSummary> candidates() {
        return claims.get().stream().filter(c -> c.status() == ClaimStatus.FUNDING || c.status() == ClaimStatus.PAYMENT).toList();
    }

    public Notice publish(List<String> claimIds, LocalDate startsOn, int days, Path out) {
        Actor actor = session.require(Action.PUBLISH_NOTICE);
        List<ClaimSummary> chosen = candidates().stream().filter(c -> claimIds.contains(c.id())).toList();
        if (claimIds.isEmpty() || chosen.size() != claimIds.size()) {
            throw new ValidationException(List.of(FieldProblem.of(CLAIMS, "workflow.problem.noticeClaims")));
        }
        if (days < 1 || days > 60 || startsOn == null) {
            throw new ValidationException(List.of(FieldProblem.of(DAYS, "workflow.problem.noticeDays")));
        }
        LocalDate endsOn = startsOn.plusDays(days - 1L);
        return dsl.transactionResult(tx -> {
            String prefix = "GS-" + startsOn.getYear() + "-" + cn.banan.hrdesk.claims.SiteCode.of(site) + "-";
            Notice n = notices.insert(tx.dsl(), prefix + String.format("%03d", notices.countWithPrefix(tx.dsl(), prefix) + 1), startsOn, endsOn,
                    actor.name());
            chosen.forEach(c -> notices.add(tx.dsl(), n.id(), c.id(), c.amount()));
            write(n, chosen, out);
            return n;
        });
    }

    private void write(Notice n, List<ClaimSummary> chosen, Path out) {
        List<String> titles = List.of(texts.get("notice.title"), texts.get("notice.period", n.noticeNo(), n.startsOn(), n.endsOn()),
                texts.get("notice.objections"));
        List<Column> columns = List.of(Column.of(texts.get("notice.col.no"), 6), Column.of(texts.get("notice.col.claim"), 16),
                Column.of(texts.get("notice.col.payee"), 30), Column.of(texts.get("notice.col.bank"), 22), Column.of(texts.get("notice.col.rule"), 16),
                Column.of(texts.get("notice.col.amount"), 14));
        try (TableWorkbook wb = new TableWorkbook(texts.get("notice.sheet"), titles, columns, false)) {
            int i = 1;
            long total = 0;
            for (ClaimSummary c : chosen) {
                var account = payees.apply(c.id());
                wb.add(i++, c.claimNo(), account.map(a -> a.accountName()).orElse(c.claimantName()), account.map(a -> a.bankName()).orElse(""),
                        texts.label(c.rule()), c.amount().toYuanString());
                total += c.amount().fen();
            }
            wb.add(null, null, texts.get("notice.total"), null, null, new cn.banan.hrdesk.core.Money(total).toYuanString());
            wb.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Notice> all() {
        return notices.all(dsl);
    }
}
