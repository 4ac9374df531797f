package cn.banan.hrdesk.claims.forms.xlsx;

import cn.banan.hrdesk.core.BusinessTime;
import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.forms.ApprovalFormData;
import cn.banan.hrdesk.claims.forms.StepBox;
import cn.banan.hrdesk.claims.workflow.ClaimEvent;
import cn.banan.hrdesk.core.ChineseAmount;
import cn.banan.hrdesk.core.Masking;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.policy.ReasonWords;
import cn.banan.hrdesk.xlsx.WorkbookFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the 招工补贴审批表: header facts, the lines (inline when few, else a summary and an attached list sheet),
 * totals in figures and 大写, and one box per step filled with who decided what and when. The file appears only
 * when complete.
 */
public final class ApprovalFormWriter {
    /** More lines than this go to the attached list, so the form itself stays one page. */
    public static final int INLINE_LINES = 12;
    private static final ZoneId CHINA = BusinessTime.ZONE;
    private final Texts t;

    public ApprovalFormWriter(Texts texts) {
        this.t = texts;
    }

    public void write(ApprovalFormData d, Path out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            FormStyles s = new FormStyles(wb);
            FormSheet main = new FormSheet(wb.createSheet(t.get("forms.sheet.main")), 2);
            header(main, s, d);
            if (d.lines().size() <= INLINE_LINES) {
                lines(main, s, d, d.lines());
            } else {
                main.span(main.row(36), 0, FormSheet.LAST_COL, t.get("forms.linesAttached", d.lines().size(), d.eligibleLines()), s.value);
            }
            attachments(main, s, d);
            boxes(main, s, d);
            wb.setPrintArea(0, 0, FormSheet.LAST_COL, 0, main.rows() - 1);
            if (d.lines().size() > INLINE_LINES) {
                FormSheet list = new FormSheet(wb.createSheet(t.get("forms.sheet.lines")), 2);
                list.span(list.row(26), 0, FormSheet.LAST_COL, t.get("forms.attachmentTitle", d.formNo()), s.title);
                columnHeads(list, s);
                rows(list, s, d, d.lines());
                wb.setPrintArea(1, 0, FormSheet.LAST_COL, 0, list.rows() - 1);
            }
            WorkbookFiles.save(wb, out);
            wb.dispose();
        }
    }

    private void header(FormSheet f, FormStyles s, ApprovalFormData d) {
        f.span(f.row(34), 0, FormSheet.LAST_COL, d.demo() ? t.get("demo.printTitle", t.get("forms.title")) : t.get("forms.title"), s.title);
        f.span(f.row(16), 0, FormSheet.LAST_COL, t.get("forms.number", d.formNo(), d.claim().id(), t.label(d.status())), s.note);
        f.span(f.row(14), 0, FormSheet.LAST_COL, d.witness().text(t), s.note);
        pair(f, s, "forms.claimant", d.claimantName(), "forms.rule", t.label(d.claim().rule()));
        pair(f, s, "forms.payee", orBlank(d.payeeName()), "forms.bank", orBlank(d.payeeBank()));
        // the payee's account is personal data too (DESIGN §3): masked by the same flag as the ID numbers
        String account = d.fullIds() ? orBlank(d.payeeAccount()) : Masking.account(d.payeeAccount());
        pair(f, s, "forms.account", account, "forms.basis", String.join("、", d.documentNos()));
        pair(f, s, "forms.year", String.valueOf(d.claim().periodYear()), "forms.cutoff", d.claim().cutoffDate().toString());
        String sources = d.bySource().entrySet().stream().map(e -> t.label(e.getKey()) + " ¥" + e.getValue().toYuanString())
                .collect(Collectors.joining("；"));
        if (d.withheld().fen() > 0) {
            sources = sources + "；" + t.get("forms.withheld", d.withheld().toYuanString());
        }
        pair(f, s, "forms.people", t.get("forms.peopleCount", d.lines().size(), d.eligibleLines()), "forms.sources", sources);
        Row total = f.row(30);
        f.span(total, 0, 1, t.get("forms.totalFigures"), s.label);
        f.span(total, 2, 3, d.total().fen() / 100.0, s.money);
        f.span(total, 4, 5, t.get("forms.totalWords"), s.label);
        f.span(total, 6, 7, ChineseAmount.of(d.total()), s.value);
    }

    private void pair(FormSheet f, FormStyles s, String leftKey, String left, String rightKey, String right) {
        Row r = f.row(30);
        f.span(r, 0, 1, t.get(leftKey), s.label);
        f.span(r, 2, 3, left, s.value);
        f.span(r, 4, 5, t.get(rightKey), s.label);
        f.span(r, 6, 7, right, s.value);
    }

    private void lines(FormSheet f, FormStyles s, ApprovalFormData d, List<ClaimLine> lines) {
        f.span(f.row(22), 0, FormSheet.LAST_COL, t.get("forms.lines"), s.head);
        columnHeads(f, s);
        rows(f, s, d, lines);
    }

    private void columnHeads(FormSheet f, FormStyles s) {
        Row h = f.row(22);
        String[] keys = {"forms.col.no", "forms.col.name", "forms.col.id", "forms.col.enterprise", "forms.col.hire", "forms.col.months",
            "forms.col.amount", "forms.col.result"};
        for (int i = 0; i < keys.length; i++) {
            f.span(h, i, i, t.get(keys[i]), s.head);
        }
    }

    private void rows(FormSheet f, FormStyles s, ApprovalFormData d, List<ClaimLine> lines) {
        int n = 1;
        for (ClaimLine l : lines) {
            Row r = f.row(l.eligible() ? 18 : 30);
            f.span(r, 0, 0, n++, s.center);
            f.span(r, 1, 1, l.workerName(), s.cell);
            f.span(r, 2, 2, d.fullIds() ? l.residentId() : ResidentId.of(l.residentId()).masked(), s.cell);
            f.span(r, 3, 3, l.enterpriseName(), s.cell);
            f.span(r, 4, 4, l.hireDate().toString(), s.center);
            f.span(r, 5, 5, l.monthsCounted() == null ? "" : l.monthsCounted().toString(), s.center);
            f.span(r, 6, 6, l.amount().fen() / 100.0, s.money);
            f.span(r, 7, 7, l.eligible() ? t.get("claims.detail.eligible") : t.get("claims.detail.ineligible") + "："
                    + l.failures().stream().map(x -> ReasonWords.of(x, t)).collect(Collectors.joining(t.get("policy.reasonSeparator"))), s.cell);
        }
    }

    /** 附件清单: the files attached to the claim, one a line, so whoever signs knows what papers stand behind it. */
    private void attachments(FormSheet f, FormStyles s, ApprovalFormData d) {
        if (d.attachments().isEmpty()) {
            return;
        }
        int n = 1;
        StringBuilder text = new StringBuilder();
        for (var a : d.attachments()) {
            text.append(n == 1 ? "" : "\n").append(t.get("forms.attachment", n++, a.fileName(), a.size(), a.sha256().substring(0, 8)));
        }
        Row r = f.row(Math.min(120, 6 + 14 * d.attachments().size()));
        f.span(r, 0, 1, t.get("forms.attachments"), s.label);
        f.span(r, 2, FormSheet.LAST_COL, text.toString(), s.box);
    }

    private void boxes(FormSheet f, FormStyles s, ApprovalFormData d) {
        f.span(f.row(22), 0, FormSheet.LAST_COL, t.get("forms.approvals"), s.head);
        for (StepBox b : d.boxes()) {
            Row r = f.row(54);
            String label = b.source() == null ? boxLabel(b) : boxLabel(b) + "\n（" + t.label(b.source()) + "）";
            f.span(r, 0, 1, label, s.label);
            f.span(r, 2, FormSheet.LAST_COL, b.done() ? filled(b) : t.get("forms.blank"), s.box);
        }
        if (!d.returns().isEmpty()) {
            String text = d.returns().stream().map(e -> t.get("forms.returned", day(e), e.userName(), e.reason()))
                    .collect(Collectors.joining("；"));
            Row r = f.row(36);
            f.span(r, 0, 1, t.get("forms.returns"), s.label);
            f.span(r, 2, FormSheet.LAST_COL, text, s.box);
        }
        if (d.fullIds()) {
            f.span(f.row(16), 0, FormSheet.LAST_COL, t.get("forms.personalData"), s.note);
        }
    }

    private String boxLabel(StepBox b) {
        return t.get(switch (b.step()) {
            case INTAKE -> "forms.box.intake";
            case FIRST_CHECK -> "forms.box.firstCheck";
            case REVIEW -> "forms.box.review";
            case FUNDING -> "forms.box.funding";
            case PAYMENT -> "forms.box.payment";
            case ARCHIVE -> "forms.box.archive";
        });
    }

    private String filled(StepBox b) {
        ClaimEvent e = b.event();
        StringBuilder text = new StringBuilder(t.get("forms.decided", t.label(e.decision()), t.label(e.role()), e.userName(), day(e)));
        if (b.paidOn() != null) {
            text.append('\n').append(t.get("forms.paid", b.paidOn(), b.voucher()));
        }
        if (e.reason() != null) {
            text.append('\n').append(t.get("forms.reason", e.reason()));
        }
        if (e.overrideReason() != null) {
            text.append('\n').append(t.get("forms.override", e.overrideReason()));
        }
        return text.append('\n').append(t.get("forms.sign")).toString();
    }

    private static String day(ClaimEvent e) {
        return e.at().atZone(CHINA).toLocalDate().toString();
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }

}
