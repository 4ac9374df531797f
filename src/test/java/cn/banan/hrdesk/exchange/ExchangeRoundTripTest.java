package cn.banan.hrdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.ledger.LedgerCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's whole demo year travels to a park and back: afterwards both databases hold the same rows. */
class ExchangeRoundTripTest {
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

    @Test
    void everyTravellingRegisterGoesToTheParkAndTheTwoAgreeAfterTheWayBack() throws Exception {
        sites.at(Site.OFFICE).demoData().fill(Progress.NONE);
        Map<String, List<List<Object>>> before = Sites.rows(sites.at(Site.OFFICE));
        assertThat(before.entrySet().stream().filter(e -> !e.getValue().isEmpty()).count())
                .as("the demo fills most registers, so most travel here").isGreaterThan(20);

        ImportResult first = sites.carry(Site.OFFICE, Site.ECONOMIC_PARK);
        assertThat(first.outcome()).isEqualTo(ImportResult.Outcome.APPLIED);
        assertThat(first.conflicts()).isZero();
        long total = before.values().stream().mapToLong(List::size).sum();
        long trail = first.counts().get(Sites.TRAIL).added();
        assertThat(trail).as("the office's trail travels with its rows").isPositive();
        assertThat(first.rows() - trail).isEqualTo(total);
        Sites.assertSameRows(sites.at(Site.OFFICE), sites.at(Site.ECONOMIC_PARK));
        assertThat(sites.at(Site.ECONOMIC_PARK).ledger().verify().holds()).isTrue();

        ImportResult back = sites.carry(Site.ECONOMIC_PARK, Site.OFFICE);
        assertThat(back.counts().keySet()).as("nothing the office sent comes back to it, only the park's own trail: " + back.counts())
                .containsOnly(Sites.TRAIL);
        assertThat(back.counts().get(Sites.TRAIL).added()).as("the park's entries of taking the office's rows in").isPositive();
        Sites.assertSameRows(sites.at(Site.OFFICE), sites.at(Site.ECONOMIC_PARK));
        assertThat(sites.at(Site.OFFICE).exchange().status()).singleElement().satisfies(p -> {
            assertThat(p.sent()).isEqualTo(1);
            assertThat(p.acknowledged()).as("the park's package acknowledged the office's first").isEqualTo(1);
            assertThat(p.received()).isEqualTo(1);
            assertThat(p.waiting()).isZero();
        });
        LedgerCheck check = sites.at(Site.OFFICE).ledger().verify();
        assertThat(check.holds()).isTrue();
    }

    @Test
    void aSecondImportOfTheSamePackageChangesNothingAndSaysSo() throws Exception {
        sites.at(Site.OFFICE).demoData().fill(Progress.NONE);
        Path file = sites.export(Site.OFFICE, Site.ECONOMIC_PARK);
        assertThat(sites.at(Site.ECONOMIC_PARK).exchange().importPackage(file, true, Progress.NONE).outcome())
                .isEqualTo(ImportResult.Outcome.APPLIED);
        Map<String, List<List<Object>>> after = Sites.rows(sites.at(Site.ECONOMIC_PARK));
        assertThat(sites.at(Site.ECONOMIC_PARK).exchange().importPackage(file, true, Progress.NONE).outcome())
                .isEqualTo(ImportResult.Outcome.ALREADY_APPLIED);
        assertThat(Sites.rows(sites.at(Site.ECONOMIC_PARK))).isEqualTo(after);
    }
}
