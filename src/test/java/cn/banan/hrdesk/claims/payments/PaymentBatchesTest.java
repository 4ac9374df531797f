package cn.banan.hrdesk.claims.payments;

import static cn.banan.hrdesk.testing.TwoFundClaim.GENERAL;
import static cn.banan.hrdesk.testing.TwoFundClaim.PARK_PAYER;
import static cn.banan.hrdesk.testing.TwoFundClaim.PAYER;
import static cn.banan.hrdesk.testing.TwoFundClaim.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.ledger.EntryKind;
import cn.banan.hrdesk.ledger.LedgerEntry;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.security.AccessDeniedException;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 代发 on a real database. The two-fund claim owes 900 yuan from the district's fund to 巴南人力资源公司 (农业银行巴南支行,
 * 6228480000000000011); its 公示 ran 11-18 to 11-24, so on 11-28 (the test clock) it may go to the bank.
 */
class PaymentBatchesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    @TempDir
    Path dir;
    Services s;
    TwoFundClaim c;

    @BeforeEach
    void open() {
        s = TempStore.open(dir);
        c = new TwoFundClaim(s);
        c.approve(s, FundingSource.DISTRICT_FUND, FundingSource.ECONOMIC_PARK);
    }

    @AfterEach
    void close() {
        s.close();
    }

    void publish(LocalDate from) {
        s.session().signIn(GENERAL);
        s.notices().publish(List.of(c.claimId), from, 7, dir.resolve("公示-" + from + ".xlsx"));
    }

    PaymentBatches asPayer() {
        s.session().signIn(PAYER);
        return s.paymentBatches();
    }

    static String problem(ThrowingCallable call) {
        try {
            call.call();
        } catch (ValidationException e) {
            return e.problems().get(0).field() + ":" + e.problems().get(0).key();
        } catch (Throwable e) {
            throw new AssertionError("expected a ValidationException", e);
        }
        throw new AssertionError("nothing was refused");
    }

    @Test
    void aShareGoesToTheBankOnceIsReturnedWithItsReasonGoesAgainAndIsPaidUnderTheListsNumber() throws Exception {
        PaymentBatches payer = asPayer();
        assertThat(payer.payable()).singleElement().satisfies(p -> assertThat(payer.why(p)).isEqualTo("尚未公示"));
        publish(TODAY.minusDays(10));
        asPayer();
        assertThat(payer.source()).isEqualTo(FundingSource.DISTRICT_FUND);
        assertThat(payer.payable()).singleElement().satisfies(p -> {
            assertThat(p.ready()).as("the notice is over: 11-18 to 11-24").isTrue();
            assertThat(p.amount()).isEqualTo(Money.ofYuan(900));
            assertThat(p.account().accountNo()).isEqualTo("6228480000000000011");
        });

        Path first = dir.resolve("代发1.xlsx");
        PaymentBatch batch = payer.make(List.of(c.claimId), "", first);
        assertThat(batch.batchNo()).isEqualTo("DF-2026-OFC-001");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(first))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("DF-2026-OFC-001", "区工业发展基金", "2026-11-28");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("账号");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("巴南人力资源公司");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).as("every digit, as text").isEqualTo("6228480000000000011");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("农业银行巴南支行");
            assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(900.0);
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("重点产业招工补贴 " + c.claimNo);
            assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(900.0);
            assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("玖佰元整");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        }
        assertThat(payer.payable()).singleElement().satisfies(p -> assertThat(payer.why(p)).isEqualTo("已列入代发清单"));
        assertThat(problem(() -> payer.make(List.of(c.claimId), "", dir.resolve("again.xlsx")))).as("never sent twice")
                .isEqualTo("claims:payments.problem.notReady");
        assertThat(dir.resolve("again.xlsx")).doesNotExist();

        BatchLine line = payer.lines(batch.id()).get(0);
        assertThat(problem(() -> payer.answer(line.id(), LineResult.RETURNED, TODAY, " "))).isEqualTo("returnReason:registry.problem.required");
        assertThat(problem(() -> payer.answer(line.id(), LineResult.PAID, TODAY.minusDays(1), null)))
                .as("the bank answers after the list was made").isEqualTo("resultOn:payments.problem.beforeMade");
        payer.answer(line.id(), LineResult.RETURNED, TODAY, "户名与账号不符");
        assertThat(problem(() -> payer.answer(line.id(), LineResult.PAID, TODAY, null))).isEqualTo("resultOn:payments.problem.answered");
        assertThat(s.claims().status(c.claimId)).isEqualTo(ClaimStatus.PAYMENT);
        assertThat(s.ledger().ofClaim(c.claimId)).noneMatch(e -> e.kind() == EntryKind.PAYMENT);
        assertThat(payer.payable()).singleElement().satisfies(p -> assertThat(p.ready()).as("returned: free to go again").isTrue());

        PaymentBatch second = payer.make(List.of(c.claimId), "2026年第四季度招工补贴", dir.resolve("代发2.xlsx"));
        assertThat(second.batchNo()).isEqualTo("DF-2026-OFC-002");
        s.session().signIn(PARK_PAYER);
        BatchLine again = s.paymentBatches().lines(second.id()).get(0);
        assertThatThrownBy(() -> s.paymentBatches().answer(again.id(), LineResult.PAID, TODAY, null)).as("the park's payer answers the park's")
                .isInstanceOf(AccessDeniedException.class);
        asPayer().answer(again.id(), LineResult.PAID, TODAY, null);
        List<LedgerEntry> paid = s.ledger().ofClaim(c.claimId).stream().filter(e -> e.kind() == EntryKind.PAYMENT).toList();
        assertThat(paid).singleElement().satisfies(e -> {
            assertThat(e.voucherNo()).as("the ledger names the list").isEqualTo("DF-2026-OFC-002");
            assertThat(e.amount()).isEqualTo(Money.ofYuan(900));
            assertThat(e.payeeAccount()).isEqualTo("6228480000000000011");
        });
        assertThat(asPayer().payable()).as("paid: nothing left of the district's share").isEmpty();
        assertThat(asPayer().batches()).extracting(PaymentBatch::batchNo, PaymentBatch::waiting)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DF-2026-OFC-002", 0), org.assertj.core.groups.Tuple.tuple("DF-2026-OFC-001", 0));
        assertThat(s.ledger().verify().holds()).isTrue();
    }

    /**
     * 退汇: credited on 11-28, the bank sends the 900 yuan back the same day (the account was closed). The payment is
     * reversed; the payer puts the account right, sends the share on a second list, and it is credited: the
     * ledger then shows 900 paid, once, and the claim's 发放 stands as it was made.
     */
    @Test
    void moneyTheBankSendsBackAfterCreditingIsReversedAndSentAgainButNeverPaidTwice() throws Exception {
        publish(TODAY.minusDays(10));
        PaymentBatches payer = asPayer();
        PaymentBatch first = payer.make(List.of(c.claimId), "", dir.resolve("代发1.xlsx"));
        BatchLine line = payer.lines(first.id()).get(0);
        assertThat(problem(() -> payer.refund(line.id(), TODAY, "账户已销户"))).as("not credited yet").isEqualTo("resultOn:payments.problem.notCredited");
        payer.answer(line.id(), LineResult.PAID, TODAY, null);
        assertThat(s.claims().status(c.claimId)).isEqualTo(ClaimStatus.PAYMENT);
        assertThat(payer.payable()).as("credited: nothing owed").isEmpty();

        assertThat(problem(() -> payer.refund(line.id(), TODAY.minusDays(1), "账户已销户"))).isEqualTo("resultOn:payments.problem.refundBeforeCredit");
        assertThat(problem(() -> payer.refund(line.id(), TODAY, ""))).isEqualTo("returnReason:registry.problem.required");
        payer.refund(line.id(), TODAY, "账户已销户");
        assertThat(problem(() -> payer.refund(line.id(), TODAY, "又退"))).as("once").isEqualTo("resultOn:payments.problem.notCredited");
        assertThat(s.ledger().ofClaim(c.claimId)).filteredOn(e -> e.kind() == EntryKind.PAYMENT).extracting(e -> e.amount().fen(), LedgerEntry::voucherNo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(90000L, "DF-2026-OFC-001"), org.assertj.core.groups.Tuple.tuple(-90000L, "DF-2026-OFC-001"));
        assertThat(payer.lines(first.id()).get(0).refundReason()).isEqualTo("账户已销户");
        assertThat(payer.payable()).singleElement().satisfies(p -> {
            assertThat(p.ready()).as("owed again").isTrue();
            assertThat(p.again()).isTrue();
            assertThat(p.amount()).isEqualTo(Money.ofYuan(900));
        });

        PaymentBatch second = payer.make(List.of(c.claimId), "", dir.resolve("代发2.xlsx"));
        assertThat(payer.payable()).singleElement().satisfies(p -> assertThat(payer.why(p)).isEqualTo("已列入代发清单"));
        payer.answer(payer.lines(second.id()).get(0).id(), LineResult.PAID, TODAY, null);
        List<LedgerEntry> payments = s.ledger().ofClaim(c.claimId).stream().filter(e -> e.kind() == EntryKind.PAYMENT).toList();
        assertThat(payments).extracting(e -> e.amount().fen(), LedgerEntry::voucherNo).containsExactly(
                org.assertj.core.groups.Tuple.tuple(90000L, "DF-2026-OFC-001"), org.assertj.core.groups.Tuple.tuple(-90000L, "DF-2026-OFC-001"),
                org.assertj.core.groups.Tuple.tuple(90000L, "DF-2026-OFC-002"));
        assertThat(payments.stream().mapToLong(e -> e.amount().fen()).sum()).as("900 yuan paid, once").isEqualTo(90000L);
        assertThat(payer.payable()).isEmpty();
        assertThat(s.ledger().verify().holds()).as("every payment answers for the 发放 step").isTrue();
        assertThat(s.workflow().events(c.claimId)).filteredOn(e -> e.step() == cn.banan.hrdesk.claims.workflow.Step.PAYMENT).hasSize(1);
    }

    @Test
    void onlyThePayerOfASourceMakesItsListAndNothingGoesBeforeTheNoticeIsOver() {
        publish(TODAY.minusDays(3));
        assertThat(asPayer().payable()).singleElement().satisfies(p -> {
            assertThat(p.ready()).isFalse();
            assertThat(s.paymentBatches().why(p)).as("the notice runs to 12-01").isEqualTo("公示期至 2026-12-01，期满后才能代发");
        });
        assertThat(problem(() -> s.paymentBatches().make(List.of(c.claimId), "", dir.resolve("x.xlsx"))))
                .isEqualTo("claims:payments.problem.notReady");
        s.session().signIn(REVIEWER);
        assertThatThrownBy(() -> s.paymentBatches().make(List.of(c.claimId), "", dir.resolve("x.xlsx"))).isInstanceOf(AccessDeniedException.class);
        s.session().signIn(PARK_PAYER);
        assertThat(s.paymentBatches().source()).isEqualTo(FundingSource.ECONOMIC_PARK);
        assertThat(s.paymentBatches().payable()).singleElement().satisfies(p -> assertThat(p.amount()).isEqualTo(Money.ofYuan(900)));
        assertThat(problem(() -> s.paymentBatches().make(List.of(), "", dir.resolve("x.xlsx")))).isEqualTo("claims:payments.problem.none");
    }
}
