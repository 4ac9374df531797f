package cn.banan.hrdesk.claims.workflow;

import static cn.banan.hrdesk.testing.TwoFundClaim.ENTERPRISE;
import static cn.banan.hrdesk.testing.TwoFundClaim.FINANCE;
import static cn.banan.hrdesk.testing.TwoFundClaim.GENERAL;
import static cn.banan.hrdesk.testing.TwoFundClaim.LIAISON;
import static cn.banan.hrdesk.testing.TwoFundClaim.LIAISON_2;
import static cn.banan.hrdesk.testing.TwoFundClaim.PARK_APPROVER;
import static cn.banan.hrdesk.testing.TwoFundClaim.PARK_PAYER;
import static cn.banan.hrdesk.testing.TwoFundClaim.PAYER;
import static cn.banan.hrdesk.testing.TwoFundClaim.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.ledger.Account;
import cn.banan.hrdesk.ledger.EntryKind;
import cn.banan.hrdesk.ledger.LedgerEntry;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.security.AccessDeniedException;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.nio.file.Path;
import java.time.LocalDate;
import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.ClaimFlag;
import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.FlagKind;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.policy.Reason;
import cn.banan.hrdesk.policy.ReasonWords;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §4 on a real database: steps in order, each by its role, never twice in a row by one person, money in the ledger. */
class WorkflowServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
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

    ClaimEvent as(Actor who, StepRequest r) {
        return TwoFundClaim.act(s, who, r);
    }

    void refusedAs(Actor who, StepRequest r, Class<? extends RuntimeException> type, String key) {
        s.session().signIn(who);
        ThrowingCallable call = () -> s.workflow().perform(r);
        assertThatThrownBy(call).isInstanceOf(type).satisfies(e -> assertThat(e instanceof AccessDeniedException a ? a.key()
                : ((ValidationException) e).problems().get(0).key()).isEqualTo(key));
    }

    ClaimStatus status() {
        return s.claims().status(c.claimId);
    }

    StepRequest pass(Step step) {
        return StepRequest.pass(c.claimId, step);
    }

    @Test
    void aChildsLineIsNeverPaidItsFlagCannotBeClearedAndTheAdultsLinesGoOn() {
        // born 2000-02-29, hired 2014-03-10: 14 years old (16 only on 2016-02-29); R2 would otherwise pay 900 yuan
        String child = s.parties().save(new Worker(null, "500113200002291246", "操作工丙", null, TargetGroup.OTHER));
        String enterprise = s.placements().find(s.claims().lines(c.claimId).get(0).placementId()).orElseThrow().enterpriseId();
        String p = s.placements().save(new PlacementForm(null, child, enterprise, c.agency, Channel.BASIC_SOCIAL,
                LocalDate.of(2014, 3, 10), null, null, "", null));
        s.claims().addPlacements(c.claimId, List.of(p));
        ClaimLine line = s.claims().lines(c.claimId).stream().filter(l -> l.placementId().equals(p)).findFirst().orElseThrow();
        assertThat(line.eligible()).isFalse();
        assertThat(line.amount()).isEqualTo(Money.ZERO);
        assertThat(line.failures()).extracting(f -> f.reason()).containsExactly(Reason.UNDER_16);
        assertThat(ReasonWords.of(line.failures().get(0), s.texts())).contains("未满十六周岁", "2000-02-29", "2014-03-10");
        assertThat(s.claims().totals(c.claimId).total()).as("the two adults' 900 yuan each, nothing for the child")
                .isEqualTo(Money.ofYuan(1800));
        ClaimFlag flag = s.claims().flags(c.claimId).stream().filter(f -> f.kind() == FlagKind.UNDER_16).findFirst().orElseThrow();
        s.session().signIn(REVIEWER);
        assertThatThrownBy(() -> s.claims().clearFlag(flag.id(), "企业称系笔误")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).key()).isEqualTo("claims.problem.flagNotClearable"));
        assertThat(s.claims().flags(c.claimId)).filteredOn(f -> f.kind() == FlagKind.UNDER_16).allMatch(ClaimFlag::isOpen);
        as(LIAISON, pass(Step.INTAKE));
        as(LIAISON_2, pass(Step.FIRST_CHECK));
        as(REVIEWER, pass(Step.REVIEW));
        assertThat(status()).as("the standing flag does not hold back the adults' lines").isEqualTo(ClaimStatus.FUNDING);
        assertThat(s.claims().flags(c.claimId)).filteredOn(f -> f.kind() == FlagKind.UNDER_16).allMatch(ClaimFlag::isOpen);
    }

    @Test
    void aClaimWalksEveryStepWithItsMoneyInTheLedger() throws Exception {
        assertThat(status()).isEqualTo(ClaimStatus.INTAKE);
        assertThat(s.workflow().offers(LIAISON, c.claimId)).as("招工联络部 takes in R2").isTrue();
        assertThat(s.workflow().offers(ENTERPRISE, c.claimId)).as("企业服务部 takes in R3 only").isFalse();
        assertThat(s.workflow().offers(REVIEWER, c.claimId)).isFalse();
        refusedAs(LIAISON, pass(Step.FIRST_CHECK), ValidationException.class, "workflow.problem.outOfOrder");
        refusedAs(ENTERPRISE, pass(Step.INTAKE), AccessDeniedException.class, "claims.denied.rule");
        refusedAs(REVIEWER, pass(Step.INTAKE), AccessDeniedException.class, "workflow.denied.role");
        as(LIAISON, pass(Step.INTAKE));
        assertThat(status()).isEqualTo(ClaimStatus.FIRST_CHECK);
        refusedAs(LIAISON, pass(Step.FIRST_CHECK), AccessDeniedException.class, "workflow.denied.makerChecker");
        assertThat(s.workflow().offers(LIAISON, c.claimId)).as("初审 is not offered to whoever did 受理").isFalse();
        assertThat(s.workflow().offers(LIAISON_2, c.claimId)).isTrue();
        as(LIAISON_2, pass(Step.FIRST_CHECK));
        assertThat(status()).isEqualTo(ClaimStatus.REVIEW);
        s.session().signIn(LIAISON);
        assertThatThrownBy(() -> s.claims().reevaluate(c.claimId, Progress.NONE)).as("frozen from 审核 on")
                .isInstanceOf(ValidationException.class);
        as(REVIEWER, pass(Step.REVIEW));
        assertThat(status()).isEqualTo(ClaimStatus.FUNDING);

        refusedAs(FINANCE, StepRequest.pass(c.claimId, Step.FUNDING, FundingSource.ECONOMIC_PARK), AccessDeniedException.class,
                "workflow.denied.source");
        as(FINANCE, StepRequest.pass(c.claimId, Step.FUNDING, FundingSource.DISTRICT_FUND));
        assertThat(status()).as("one of two sources approved").isEqualTo(ClaimStatus.FUNDING);
        assertThat(s.workflow().offers(FINANCE, c.claimId)).as("the district's share is done").isFalse();
        assertThat(s.workflow().offers(PARK_APPROVER, c.claimId)).as("the park's share waits").isTrue();
        refusedAs(FINANCE, StepRequest.pass(c.claimId, Step.FUNDING, FundingSource.DISTRICT_FUND), ValidationException.class,
                "workflow.problem.sourceDone");
        as(PARK_APPROVER, StepRequest.pass(c.claimId, Step.FUNDING, FundingSource.ECONOMIC_PARK));
        assertThat(status()).isEqualTo(ClaimStatus.PAYMENT);

        Payment pay = new Payment(TODAY, "PZ-1", "巴南人力资源公司", "6228480000000000011");
        refusedAs(PAYER, StepRequest.pay(c.claimId, FundingSource.DISTRICT_FUND, pay, null), ValidationException.class,
                "workflow.problem.notPublished");
        s.session().signIn(GENERAL);
        Notice notice = s.notices().publish(List.of(c.claimId), TODAY.minusDays(3), 7, dir.resolve("公示.xlsx"));
        assertThat(notice.endsOn()).as("7 days from 11-25, both ends counted").isEqualTo(LocalDate.of(2026, 12, 1));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(dir.resolve("公示.xlsx")))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains(notice.noticeNo(), "2026-11-25", "2026-12-01");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("巴南人力资源公司");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).as("the payee's bank, not its account number").isEqualTo("农业银行巴南支行");
            assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo("1,800.00");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        }
        refusedAs(PAYER, StepRequest.pay(c.claimId, FundingSource.DISTRICT_FUND, pay, " "), ValidationException.class,
                "workflow.problem.insideNotice");
        Payment before = new Payment(TODAY.minusDays(1), "PZ-0", "巴南人力资源公司", "6228480000000000011");
        refusedAs(PAYER, StepRequest.pay(c.claimId, FundingSource.DISTRICT_FUND, before, "年底前须发放完毕"), ValidationException.class,
                "workflow.problem.paidBeforeApproval");
        ClaimEvent paid = as(PAYER, StepRequest.pay(c.claimId, FundingSource.DISTRICT_FUND, pay, "年底前须发放完毕"));
        assertThat(paid.overrideReason()).as("the override is kept with the step").isEqualTo("年底前须发放完毕");
        Payment later = new Payment(TODAY.plusDays(5), "PZ-2", "巴南人力资源公司", "6228480000000000011");
        as(PARK_PAYER, StepRequest.pay(c.claimId, FundingSource.ECONOMIC_PARK, later, null));
        assertThat(status()).isEqualTo(ClaimStatus.PAID);
        refusedAs(PARK_PAYER, pass(Step.ARCHIVE), AccessDeniedException.class, "workflow.denied.role");
        as(GENERAL, pass(Step.ARCHIVE));
        assertThat(status()).isEqualTo(ClaimStatus.ARCHIVED);

        assertThat(s.workflow().events(c.claimId)).extracting(ClaimEvent::userName).containsExactly("招工联络员", "招工联络员二", "人社局审核员",
                "财政局审批人", "经开区审批人", "财政局出纳", "经开区出纳", "综合管理员");
        List<LedgerEntry> entries = s.ledger().ofClaim(c.claimId);
        assertThat(entries).extracting(LedgerEntry::kind, LedgerEntry::account, LedgerEntry::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EntryKind.COMMITMENT, Account.DISTRICT_FUND, Money.ofYuan(900)),
                org.assertj.core.groups.Tuple.tuple(EntryKind.COMMITMENT, Account.ECONOMIC_PARK, Money.ofYuan(900)),
                org.assertj.core.groups.Tuple.tuple(EntryKind.PAYMENT, Account.DISTRICT_FUND, Money.ofYuan(900)),
                org.assertj.core.groups.Tuple.tuple(EntryKind.PAYMENT, Account.ECONOMIC_PARK, Money.ofYuan(900)));
        assertThat(entries.get(2).voucherNo()).isEqualTo("PZ-1");
        assertThat(entries.get(3).entryDate()).isEqualTo(TODAY.plusDays(5));
        assertThat(s.ledger().balances().get(Account.ECONOMIC_PARK).remaining()).isEqualTo(Money.ZERO);
        assertThat(s.ledger().verify().holds()).isTrue();
        s.session().signIn(GENERAL);
        assertThat(new cn.banan.hrdesk.ledger.LedgerExport(s.ledger(), s.session(), TempStore.TEXTS).write(dir.resolve("台账.xlsx"))).isEqualTo(4);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(dir.resolve("台账.xlsx")))) {
            var paymentRow = wb.getSheetAt(0).getRow(4);
            assertThat(paymentRow.getCell(5).getStringCellValue()).isEqualTo(c.claimNo);
            assertThat(paymentRow.getCell(4).getNumericCellValue()).isEqualTo(900.0);
            assertThat(paymentRow.getCell(8).getStringCellValue()).as("综合管理部 sees the account masked").isNotEqualTo("6228480000000000011")
                    .endsWith("0011");
        }
        var november = s.ledger().balances(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(november.get(Account.DISTRICT_FUND).paid()).as("paid on 11-28").isEqualTo(Money.ofYuan(900));
        assertThat(november.get(Account.ECONOMIC_PARK).paid()).as("the park paid on 12-03: next period").isEqualTo(Money.ZERO);
        assertThat(november.get(Account.ECONOMIC_PARK).committed()).isEqualTo(Money.ofYuan(900));
        assertThat(s.claims().list()).filteredOn(x -> x.id().equals(c.claimId)).singleElement()
                .satisfies(x -> assertThat(x.status()).isEqualTo(ClaimStatus.ARCHIVED));
    }

    /**
     * The 发放 settles what its 拨付审批 committed, not what the lines say by then: a line changed behind the workflow's
     * back after approval (900 yuan made 1 yuan in the file) does not change what is paid, nor leave the source owing.
     */
    @Test
    void thePaymentIsTheCommitmentItSettles() {
        c.approve(s, FundingSource.DISTRICT_FUND, FundingSource.ECONOMIC_PARK);
        s.session().signIn(GENERAL);
        s.notices().publish(List.of(c.claimId), TODAY.minusDays(10), 7, dir.resolve("公示.xlsx"));
        s.database().dsl().execute("UPDATE claim_line SET amount_fen = 100 WHERE claim_id = ? AND funding_source = 'DISTRICT_FUND'", c.claimId);
        assertThat(s.claims().lines(c.claimId)).filteredOn(l -> l.fundingSource() == FundingSource.DISTRICT_FUND)
                .extracting(l -> l.amount().fen()).as("the line says 1 yuan now").containsExactly(100L);
        as(PAYER, StepRequest.pay(c.claimId, FundingSource.DISTRICT_FUND, new Payment(TODAY, "PZ-1", "巴南人力资源公司", "6228480000000000011"), null));
        assertThat(s.ledger().ofClaim(c.claimId)).filteredOn(e -> e.kind() == EntryKind.PAYMENT).extracting(e -> e.amount().fen())
                .containsExactly(90000L);
        assertThat(s.ledger().balances().get(cn.banan.hrdesk.ledger.Account.DISTRICT_FUND).remaining()).isEqualTo(Money.ZERO);
    }

    @Test
    void openFlagsBlockTheReviewAndAReturnStartsAgainWithItsReason() {
        as(LIAISON, pass(Step.INTAKE));
        refusedAs(LIAISON_2, StepRequest.refuse(c.claimId, Step.FIRST_CHECK, Decision.RETURN, " "), ValidationException.class,
                "workflow.problem.reasonNeeded");
        as(LIAISON_2, StepRequest.refuse(c.claimId, Step.FIRST_CHECK, Decision.RETURN, "缺少入职确认材料"));
        assertThat(status()).as("back at intake, where lines may change again").isEqualTo(ClaimStatus.INTAKE);
        s.session().signIn(LIAISON);
        s.claims().reevaluate(c.claimId, Progress.NONE);
        s.session().signIn(cn.banan.hrdesk.testing.Operator.everything("测试"));
        String flagged = new cn.banan.hrdesk.testing.TwoFundClaim.Duplicate(s, c).claimId;
        s.session().signIn(LIAISON);
        as(LIAISON, StepRequest.pass(flagged, Step.INTAKE));
        as(LIAISON_2, StepRequest.pass(flagged, Step.FIRST_CHECK));
        s.session().signIn(REVIEWER);
        assertThatThrownBy(() -> s.workflow().perform(StepRequest.pass(flagged, Step.REVIEW))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).key()).isEqualTo("workflow.problem.openFlags"));
        refusedAs(FINANCE, StepRequest.pass(flagged, Step.FUNDING, FundingSource.ECONOMIC_PARK), ValidationException.class,
                "workflow.problem.outOfOrder");
        as(REVIEWER, StepRequest.refuse(flagged, Step.REVIEW, Decision.REJECT, "重复申报"));
        assertThat(s.claims().status(flagged)).isEqualTo(ClaimStatus.REJECTED);
        refusedAs(REVIEWER, StepRequest.pass(flagged, Step.REVIEW), ValidationException.class, "workflow.problem.outOfOrder");
        assertThat(s.ledger().ofClaim(flagged)).as("a rejected claim never touches the money").isEmpty();
        s.session().signIn(LIAISON);
        String again = s.claims().create(new cn.banan.hrdesk.claims.ClaimForm(cn.banan.hrdesk.policy.Rule.R2, c.agency, 2016,
                LocalDate.of(2016, 6, 30), null));
        s.claims().addPlacements(again, List.of(s.claims().lines(c.claimId).get(0).placementId()));
        assertThat(s.claims().flags(again)).extracting(cn.banan.hrdesk.claims.ClaimFlag::kind).as("the first claim granted the 3-month cap")
                .containsExactlyInAnyOrder(cn.banan.hrdesk.claims.FlagKind.SAME_PLACEMENT, cn.banan.hrdesk.claims.FlagKind.R2_CAP_ACROSS_CLAIMS);
        assertThat(s.claims().flags(again)).filteredOn(f -> f.kind() == cn.banan.hrdesk.claims.FlagKind.SAME_PLACEMENT).singleElement()
                .satisfies(f -> assertThat(f.detail()).as("the rejected claim is not named").isEqualTo(c.claimNo));
    }

    @Test
    void theAdministratorDecidesWhichRoleDoesAStepWithoutCode() {
        as(LIAISON, pass(Step.INTAKE));
        as(LIAISON_2, pass(Step.FIRST_CHECK));
        s.session().signIn(Actor.user("u-admin", "管理员", cn.banan.hrdesk.security.Role.ADMIN, null));
        var roles = new java.util.EnumMap<>(s.workflow().stepRoles());
        roles.put(Step.REVIEW, java.util.EnumSet.of(cn.banan.hrdesk.security.Role.GENERAL_CLERK));
        s.workflow().setStepRoles(roles);
        roles.put(Step.ARCHIVE, java.util.EnumSet.noneOf(cn.banan.hrdesk.security.Role.class));
        assertThatThrownBy(() -> s.workflow().setStepRoles(roles)).as("no step without a role").isInstanceOf(ValidationException.class);
        for (cn.banan.hrdesk.security.Role noCasework : List.of(cn.banan.hrdesk.security.Role.ADMIN, cn.banan.hrdesk.security.Role.AUDITOR)) {
            roles.put(Step.ARCHIVE, java.util.EnumSet.of(cn.banan.hrdesk.security.Role.GENERAL_CLERK, noCasework));
            assertThatThrownBy(() -> s.workflow().setStepRoles(roles)).as(noCasework + " does no casework (decision 0008)")
                    .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).key()).isEqualTo("workflow.problem.noCasework"));
        }
        assertThat(s.workflow().stepRoles().get(Step.ARCHIVE)).as("refused: nothing changed").doesNotContain(
                cn.banan.hrdesk.security.Role.ADMIN, cn.banan.hrdesk.security.Role.AUDITOR).isNotEmpty();
        refusedAs(REVIEWER, pass(Step.REVIEW), AccessDeniedException.class, "workflow.denied.role");
        as(GENERAL, pass(Step.REVIEW));
        assertThat(status()).isEqualTo(ClaimStatus.FUNDING);
    }

    @Test
    void eventsCannotBeEditedInTheDatabase() {
        as(LIAISON, pass(Step.INTAKE));
        assertThatThrownBy(() -> s.database().dsl().execute("UPDATE claim_event SET user_name = 'x'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> s.database().dsl().execute("DELETE FROM claim_event")).hasMessageContaining("append-only");
    }
}
