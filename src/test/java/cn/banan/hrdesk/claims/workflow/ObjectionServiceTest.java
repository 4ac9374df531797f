package cn.banan.hrdesk.claims.workflow;

import static cn.banan.hrdesk.testing.TwoFundClaim.GENERAL;
import static cn.banan.hrdesk.testing.TwoFundClaim.LIAISON;
import static cn.banan.hrdesk.testing.TwoFundClaim.PARK_PAYER;
import static cn.banan.hrdesk.testing.TwoFundClaim.PAYER;
import static cn.banan.hrdesk.testing.TwoFundClaim.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.ledger.Account;
import cn.banan.hrdesk.ledger.EntryKind;
import cn.banan.hrdesk.ledger.LedgerEntry;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.security.AccessDeniedException;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 公示异议 on a real database. The two-fund claim pays 操作工甲 900 yuan from the economic park's fund and 操作工乙 900
 * yuan from the district's; the clock stands at 2026-11-28 and the notice runs 11-25 to 12-01, so a payment made today
 * needs an override reason, which an open objection does not replace.
 */
class ObjectionServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Payment PAY = new Payment(TODAY, "PZ-1", "巴南人力资源公司", "6228480000000000011");
    static final String OVERRIDE = "年底前须发放完毕";
    @TempDir
    Path dir;
    Services s;
    TwoFundClaim c;

    @BeforeEach
    void open() {
        s = TempStore.open(dir);
        c = new TwoFundClaim(s);
    }

    @AfterEach
    void close() {
        s.close();
    }

    ClaimLine line(String worker) {
        return s.claims().lines(c.claimId).stream().filter(l -> l.workerName().equals(worker)).findFirst().orElseThrow();
    }

    void walkToPayment() {
        c.approve(s, FundingSource.DISTRICT_FUND, FundingSource.ECONOMIC_PARK);
        s.session().signIn(GENERAL);
        s.notices().publish(List.of(c.claimId), TODAY.minusDays(3), 7, dir.resolve("公示.xlsx"));
    }

    String record(Actor who, String worker, String raisedBy, LocalDate on, String content) {
        s.session().signIn(who);
        return s.objections().record(c.claimId, line(worker).id(), raisedBy, on, content);
    }

    void settle(String id, ObjectionOutcome outcome, String reason) {
        s.session().signIn(REVIEWER);
        s.objections().settle(id, outcome, reason);
    }

    static List<String> problems(ThrowingCallable call) {
        try {
            call.call();
        } catch (ValidationException e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
        } catch (Throwable e) {
            throw new AssertionError("expected a ValidationException", e);
        }
        throw new AssertionError("expected a ValidationException, nothing was thrown");
    }

    @Test
    void anOpenObjectionHoldsUpItsLinesSourceOnlyAndADismissalLetsItBePaid() throws Exception {
        walkToPayment();
        String id = record(GENERAL, "操作工乙", "群众来信（匿名）", TODAY.minusDays(1), "反映操作工乙已于 2014 年 5 月离职");
        s.session().signIn(PAYER);
        assertThat(problems(() -> s.workflow().perform(StepRequest.pay(c.claimId, FundingSource.DISTRICT_FUND, PAY, OVERRIDE))))
                .as("操作工乙's district money waits, override or not").containsExactly("reason:objection.problem.openAtPayment");
        TwoFundClaim.act(s, PARK_PAYER, StepRequest.pay(c.claimId, FundingSource.ECONOMIC_PARK, PAY, OVERRIDE));

        settle(id, ObjectionOutcome.DISMISSED, "经核社保缴费记录，2014 年 12 月仍在岗");
        assertThat(problems(() -> settle(id, ObjectionOutcome.UPHELD, "改判"))).as("settled once")
                .containsExactly("outcome:objection.problem.settled");
        TwoFundClaim.act(s, PAYER, StepRequest.pay(c.claimId, FundingSource.DISTRICT_FUND, PAY, OVERRIDE));
        assertThat(s.ledger().ofClaim(c.claimId)).filteredOn(e -> e.kind() == EntryKind.PAYMENT)
                .extracting(LedgerEntry::account, LedgerEntry::amount).as("both paid in full: the objection did not hold")
                .containsExactly(tuple(Account.ECONOMIC_PARK, Money.ofYuan(900)), tuple(Account.DISTRICT_FUND, Money.ofYuan(900)));
        assertThat(s.objections().ofClaim(c.claimId)).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(ObjectionOutcome.DISMISSED);
            assertThat(o.settledBy()).isEqualTo("人社局审核员");
            assertThat(o.recordedBy()).isEqualTo("综合管理员");
            assertThat(o.settledOn()).isEqualTo(TODAY);
        });

        s.session().signIn(GENERAL);
        Notice notice = s.objections().lastNotice(c.claimId).orElseThrow();
        assertThat(s.objections().export(notice, dir.resolve("异议.xlsx"))).isEqualTo(1);
        try (var wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("异议.xlsx")))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains(notice.noticeNo(), "2026-11-25", "2026-12-01");
            Row row = sheet.getRow(3);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(c.claimNo);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("操作工乙");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("群众来信（匿名）");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("异议不成立，照常发放");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("经核社保缴费记录，2014 年 12 月仍在岗");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void anUpheldObjectionWithholdsTheLineAndTakesItsAmountOutOfTheCommitmentOnce() throws Exception {
        // a second hire at the park's enterprise: the park's fund then owes 1,800 yuan, 900 for each
        String w3 = s.parties().save(new Worker(null, "500113198506151239", "操作工丙", null, TargetGroup.OTHER));
        String enterprise = s.placements().find(line("操作工甲").placementId()).orElseThrow().enterpriseId();
        s.claims().addPlacements(c.claimId, List.of(s.placements().save(new PlacementForm(null, w3, enterprise, c.agency, Channel.BASIC_SOCIAL,
                LocalDate.of(2014, 3, 10), null, null, "", null))));
        walkToPayment();
        assertThat(s.ledger().balances().get(Account.ECONOMIC_PARK).committed()).isEqualTo(Money.ofYuan(1800));
        String first = record(GENERAL, "操作工丙", "王某（同厂职工）", TODAY, "称操作工丙从未到岗");
        String second = record(LIAISON, "操作工丙", "李某", TODAY, "同上");
        settle(first, ObjectionOutcome.UPHELD, "社保记录显示 2014 年未在该企业参保");
        settle(second, ObjectionOutcome.UPHELD, "同上");

        List<LedgerEntry> commitments = s.ledger().ofClaim(c.claimId).stream().filter(e -> e.kind() == EntryKind.COMMITMENT).toList();
        assertThat(commitments).extracting(LedgerEntry::account, LedgerEntry::amount).as("one release of 900, not two")
                .containsExactly(tuple(Account.DISTRICT_FUND, Money.ofYuan(900)), tuple(Account.ECONOMIC_PARK, Money.ofYuan(1800)),
                        tuple(Account.ECONOMIC_PARK, Money.ofYuan(-900)));
        assertThat(commitments.get(2).eventId()).as("booked against the park's 拨付审批").isEqualTo(commitments.get(1).eventId());
        assertThat(commitments.get(2).memo()).contains(c.claimNo, "操作工丙");
        var totals = s.claims().totals(c.claimId);
        assertThat(totals.total()).isEqualTo(Money.ofYuan(1800));
        assertThat(totals.of(FundingSource.ECONOMIC_PARK)).isEqualTo(Money.ofYuan(900));
        assertThat(totals.withheld()).isEqualTo(Money.ofYuan(900));

        TwoFundClaim.act(s, PARK_PAYER, StepRequest.pay(c.claimId, FundingSource.ECONOMIC_PARK, PAY, OVERRIDE));
        assertThat(s.ledger().ofClaim(c.claimId)).filteredOn(e -> e.kind() == EntryKind.PAYMENT).extracting(LedgerEntry::amount)
                .as("the park pays what stays committed").containsExactly(Money.ofYuan(900));
        assertThat(s.ledger().balances().get(Account.ECONOMIC_PARK).remaining()).isEqualTo(Money.ZERO);
        assertThat(s.ledger().verify().holds()).isTrue();
        assertThat(problems(() -> record(GENERAL, "操作工甲", "张某", TODAY, "又一封来信"))).as("the park's money is paid")
                .containsExactly("line:objection.problem.paid");

        s.session().signIn(GENERAL);
        s.forms().write(c.claimId, dir.resolve("审批表.xlsx"));
        try (var wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("审批表.xlsx")))) {
            List<String> texts = new java.util.ArrayList<>();
            wb.getSheetAt(0).forEach(r -> r.forEach(cell -> texts.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    ? cell.getStringCellValue() : "")));
            assertThat(texts).anySatisfy(t -> assertThat(t).contains("公示异议核减 ¥900.00"));
            assertThat(texts).contains("壹仟捌佰元整");
        }
    }

    @Test
    void anObjectionIsRecordedOnlyWithinItsNoticeByAClerkAndSettledOnlyByAReviewer() {
        s.session().signIn(GENERAL);
        assertThat(problems(() -> record(GENERAL, "操作工乙", "群众", TODAY, "来信"))).as("not yet on a notice")
                .containsExactly("raisedOn:objection.problem.noNotice");
        walkToPayment();
        assertThat(problems(() -> record(GENERAL, "操作工乙", " ", TODAY.plusDays(1), " "))).as("each field says what is wrong")
                .containsExactly("raisedBy:registry.problem.required", "raisedOn:objection.problem.future", "content:registry.problem.required");
        assertThat(problems(() -> record(GENERAL, "操作工乙", "群众", TODAY.minusDays(4), "来信"))).as("11-24: the day before the notice")
                .containsExactly("raisedOn:objection.problem.noNotice");
        s.session().signIn(cn.banan.hrdesk.testing.Operator.everything("测试"));
        String other = new TwoFundClaim.Duplicate(s, c).claimId;
        s.session().signIn(GENERAL);
        assertThat(problems(() -> s.objections().record(c.claimId, s.claims().lines(other).get(0).id(), "群众", TODAY, "来信")))
                .as("a line of another claim").containsExactly("line:objection.problem.noLine");
        assertThatThrownBy(() -> record(REVIEWER, "操作工乙", "群众", TODAY, "来信")).as("the reviewer settles, the clerks record")
                .isInstanceOf(AccessDeniedException.class);
        String id = record(cn.banan.hrdesk.testing.TwoFundClaim.ENTERPRISE, "操作工乙", "群众", TODAY.minusDays(3), "来信");
        s.session().signIn(GENERAL);
        assertThatThrownBy(() -> s.objections().settle(id, ObjectionOutcome.DISMISSED, "查无此事")).isInstanceOf(AccessDeniedException.class);
        assertThat(problems(() -> settle(id, ObjectionOutcome.DISMISSED, "  "))).containsExactly("settlement:registry.problem.required");
        assertThat(problems(() -> settle(id, null, "查无此事"))).containsExactly("outcome:registry.problem.required");
        assertThat(s.objections().ofClaim(c.claimId)).singleElement().satisfies(o -> assertThat(o.isOpen()).isTrue());
        assertThat(s.objections().ofClaim(c.claimId).get(0).raisedOn()).isEqualTo(LocalDate.of(2026, 11, 25));
    }
}
