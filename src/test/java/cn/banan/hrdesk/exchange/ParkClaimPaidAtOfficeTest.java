package cn.banan.hrdesk.exchange;

import static cn.banan.hrdesk.testing.TwoFundClaim.FINANCE;
import static cn.banan.hrdesk.testing.TwoFundClaim.GENERAL;
import static cn.banan.hrdesk.testing.TwoFundClaim.LIAISON;
import static cn.banan.hrdesk.testing.TwoFundClaim.LIAISON_2;
import static cn.banan.hrdesk.testing.TwoFundClaim.PARK_APPROVER;
import static cn.banan.hrdesk.testing.TwoFundClaim.PARK_PAYER;
import static cn.banan.hrdesk.testing.TwoFundClaim.PAYER;
import static cn.banan.hrdesk.testing.TwoFundClaim.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.claims.workflow.ClaimEvent;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.claims.workflow.Payment;
import cn.banan.hrdesk.claims.workflow.Step;
import cn.banan.hrdesk.claims.workflow.StepRequest;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.ledger.LedgerCheck;
import cn.banan.hrdesk.ledger.LedgerCheckWords;
import cn.banan.hrdesk.ledger.LedgerEntry;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A claim taken in at the economic park travels to the office, is reviewed, approved and paid there, and comes back to
 * the park with its steps and ledger entries: both sites then hold the same rows and both ledgers verify.
 */
class ParkClaimPaidAtOfficeTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    @TempDir
    Path dir;
    Sites sites;

    @BeforeEach
    void open() throws Exception {
        sites = new Sites(dir, Site.OFFICE, Site.ECONOMIC_PARK);
        sites.pair(Site.OFFICE, Site.ECONOMIC_PARK);
    }

    @AfterEach
    void close() {
        sites.close();
    }

    static void as(Services s, Actor who, StepRequest r) {
        s.session().signIn(who);
        s.workflow().perform(r);
        s.session().signIn(cn.banan.hrdesk.testing.Operator.everything("测试"));
    }

    @Test
    void theParksClaimComesBackPaidWithItsStepsAndEntries() throws Exception {
        Services park = sites.at(Site.ECONOMIC_PARK);
        Services office = sites.at(Site.OFFICE);
        TwoFundClaim c = new TwoFundClaim(park);
        as(park, LIAISON, StepRequest.pass(c.claimId, Step.INTAKE));
        as(park, LIAISON_2, StepRequest.pass(c.claimId, Step.FIRST_CHECK));

        ImportResult in = sites.carry(Site.ECONOMIC_PARK, Site.OFFICE);
        assertThat(in.conflicts()).isZero();
        assertThat(office.claims().find(c.claimId)).isPresent();
        assertThat(office.claims().status(c.claimId)).isEqualTo(ClaimStatus.REVIEW);

        as(office, REVIEWER, StepRequest.pass(c.claimId, Step.REVIEW));
        as(office, FINANCE, StepRequest.pass(c.claimId, Step.FUNDING, FundingSource.DISTRICT_FUND));
        as(office, PARK_APPROVER, StepRequest.pass(c.claimId, Step.FUNDING, FundingSource.ECONOMIC_PARK));
        office.session().signIn(GENERAL);
        office.notices().publish(List.of(c.claimId), TODAY.minusDays(10), 7, dir.resolve("公示.xlsx"));
        Payment pay = new Payment(TODAY, "PZ-1", "巴南人力资源公司", "6228480000000000011");
        as(office, PAYER, StepRequest.pay(c.claimId, FundingSource.DISTRICT_FUND, pay, null));
        as(office, PARK_PAYER, StepRequest.pay(c.claimId, FundingSource.ECONOMIC_PARK, pay, null));
        assertThat(office.claims().status(c.claimId)).isEqualTo(ClaimStatus.PAID);

        ImportResult back = sites.carry(Site.OFFICE, Site.ECONOMIC_PARK);
        assertThat(back.conflicts()).isZero();
        assertThat(park.claims().status(c.claimId)).isEqualTo(ClaimStatus.PAID);
        assertThat(park.workflow().events(c.claimId)).extracting(ClaimEvent::userName).containsExactly("招工联络员", "招工联络员二",
                "人社局审核员", "财政局审批人", "经开区审批人", "财政局出纳", "经开区出纳");
        assertThat(park.ledger().ofClaim(c.claimId)).extracting(LedgerEntry::id)
                .containsExactlyElementsOf(office.ledger().ofClaim(c.claimId).stream().map(LedgerEntry::id).toList());
        assertThat(park.ledger().ofClaim(c.claimId)).hasSize(4);
        assertThat(park.ledger().verify().holds()).isTrue();
        assertThat(office.ledger().verify().holds()).isTrue();
        assertThat(park.ledger().balances()).isEqualTo(office.ledger().balances());
        Sites.assertSameRows(office, park);

        // a rewrite of the park's file that leaves every chain whole still shows: the office's head was witnessed
        park.database().dsl().execute("DROP TRIGGER ledger_entry_no_delete");
        park.database().dsl().execute("DELETE FROM ledger_entry WHERE origin_site = 'OFFICE' AND seq = (SELECT max(seq) FROM ledger_entry"
                + " WHERE origin_site = 'OFFICE')");
        LedgerCheck broken = park.ledger().verify();
        assertThat(broken.problem()).isEqualTo(LedgerCheck.Problem.WITNESS_DIFFERS);
        assertThat(broken.chain()).isEqualTo(Site.OFFICE);
        assertThat(LedgerCheckWords.of(broken, park.texts())).contains("领导小组办公室台账链第 4 条记录", "见证");
    }
}
