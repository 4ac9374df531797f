package cn.banan.hrdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.ClaimQuery;
import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.claims.workflow.Step;
import cn.banan.hrdesk.claims.workflow.StepRequest;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.ledger.Account;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.EnterpriseQuery;
import cn.banan.hrdesk.registry.EnterpriseRow;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A park committee's users see and act on their own park's enterprises, claims and funds only. The two-fund claim has
 * a line at an enterprise of the economic park and one at an enterprise in no park: the economic park's clerk sees and
 * takes it in; the logistics base's clerk neither sees it nor can act on it.
 */
class ParkScopeTest {
    static final Actor ECONOMIC_CLERK = Actor.user("u-pe", "经开区经办人", Role.PARK_CLERK, Park.ECONOMIC_PARK);
    static final Actor LOGISTICS_CLERK = Actor.user("u-pl", "物流基地经办人", Role.PARK_CLERK, Park.LOGISTICS_BASE);
    @TempDir
    Path dir;
    Services s;
    TwoFundClaim c;
    String logisticsEnterprise;

    @BeforeEach
    void open() {
        s = TempStore.open(dir);
        c = new TwoFundClaim(s);
        logisticsEnterprise = s.enterprises().save(new EnterpriseForm(null, "丙物流有限公司", "91500113J76076050U", Park.LOGISTICS_BASE, "", "",
                "", Tier.T3_DISTRICT_KEY, LocalDate.of(2014, 1, 1)));
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void anotherParksClaimIsNeitherSeenNorActedOn() {
        s.session().signIn(LOGISTICS_CLERK);
        assertThat(s.claims().list()).extracting(ClaimSummary::id).doesNotContain(c.claimId);
        assertThat(s.claims().page(new ClaimQuery(c.claimNo, null, null, null, null, false), 0, 10).total()).isZero();
        assertThat(s.claims().find(c.claimId)).isEmpty();
        assertThat(s.claims().findByNo(c.claimNo)).isEmpty();
        assertThat(s.claims().lines(c.claimId)).isEmpty();
        assertThat(catchThrowable(() -> s.forms().write(c.claimId, dir.resolve("form.xlsx")))).isInstanceOf(AccessDeniedException.class);
        Throwable t = catchThrowable(() -> s.workflow().perform(StepRequest.pass(c.claimId, Step.INTAKE)));
        assertThat(t).isInstanceOf(AccessDeniedException.class);
        assertThat(((AccessDeniedException) t).key()).isEqualTo("security.denied.claimOfOtherPark");

        s.session().signIn(ECONOMIC_CLERK);
        assertThat(s.claims().list()).extracting(ClaimSummary::id).contains(c.claimId);
        s.workflow().perform(StepRequest.pass(c.claimId, Step.INTAKE));
        assertThat(s.claims().status(c.claimId).name()).isEqualTo("FIRST_CHECK");
    }

    @Test
    void aParkClerkFillsANewClaimWithTheParksOwnPlacementsOnly() {
        var lines = s.claims().lines(c.claimId);
        String economic = lines.stream().filter(l -> l.fundingSource() == cn.banan.hrdesk.policy.FundingSource.ECONOMIC_PARK).findFirst()
                .orElseThrow().placementId();
        String town = lines.stream().filter(l -> l.fundingSource() == cn.banan.hrdesk.policy.FundingSource.DISTRICT_FUND).findFirst()
                .orElseThrow().placementId();
        s.session().signIn(ECONOMIC_CLERK);
        String claim = s.claims().create(new cn.banan.hrdesk.claims.ClaimForm(cn.banan.hrdesk.policy.Rule.R2, c.agency, 2015,
                LocalDate.of(2015, 12, 31), null));
        Throwable t = catchThrowable(() -> s.claims().addPlacements(claim, java.util.List.of(town)));
        assertThat(t).as("a hire in no park is not the park's to claim").isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) t).problems()).extracting(p -> p.key()).containsExactly("registry.problem.otherPark");
        s.claims().addPlacements(claim, java.util.List.of(economic));
        assertThat(s.claims().find(claim)).as("its line makes it the park's").isPresent();
        s.session().signIn(LOGISTICS_CLERK);
        assertThat(catchThrowable(() -> s.claims().addPlacements(claim, java.util.List.of(economic)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aParkUserKeepsTheParksEnterprisesAndSeesTheParksMoneyOnly() {
        String economic = s.placements().find(s.claims().lines(c.claimId).stream().filter(l -> l.fundingSource().name().equals("ECONOMIC_PARK"))
                .findFirst().orElseThrow().placementId()).orElseThrow().enterpriseId();
        s.session().signIn(LOGISTICS_CLERK);
        var page = s.enterprises().page(EnterpriseQuery.all(LocalDate.of(2026, 11, 28)), 0, 100);
        assertThat(page.rows()).extracting(EnterpriseRow::id).containsExactly(logisticsEnterprise);
        assertThat(s.enterprises().page(new EnterpriseQuery("", null, Park.ECONOMIC_PARK, null, LocalDate.of(2026, 11, 28)), 0, 100).total())
                .as("asking for another park shows nothing").isZero();
        assertThat(s.enterprises().find(economic)).isEmpty();
        Throwable t = catchThrowable(() -> s.enterprises().save(new EnterpriseForm(null, "丁物流有限公司", "91500113Q80272338W", Park.ECONOMIC_PARK,
                "", "", "", Tier.T3_DISTRICT_KEY, LocalDate.of(2014, 1, 1))));
        assertThat(t).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) t).problems()).extracting(p -> p.key()).contains("registry.problem.otherPark");
        s.enterprises().save(new EnterpriseForm(null, "丁物流有限公司", "91500113Q80272338W", Park.LOGISTICS_BASE, "", "", "",
                Tier.T3_DISTRICT_KEY, LocalDate.of(2014, 1, 1)));
        assertThat(s.ledger().balances().keySet()).containsExactly(Account.LOGISTICS_BASE);
        assertThat(s.placements().page("", 0, 100).total()).as("no hires at the base's enterprises yet").isZero();

        s.session().signIn(cn.banan.hrdesk.testing.Operator.everything("测试"));
        assertThat(s.enterprises().page(EnterpriseQuery.all(LocalDate.of(2026, 11, 28)), 0, 100).total()).as("the office sees all").isEqualTo(4);
    }
}
