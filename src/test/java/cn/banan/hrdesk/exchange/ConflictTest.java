package cn.banan.hrdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.Enterprise;
import cn.banan.hrdesk.registry.EnterpriseForm;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes made at two sites to the same thing are both kept, listed as one conflict at both, and settled once for both. */
class ConflictTest {
    @TempDir
    Path dir;
    Sites sites;
    Services office;
    Services park;

    @BeforeEach
    void open() throws Exception {
        sites = new Sites(dir, Site.OFFICE, Site.ECONOMIC_PARK);
        sites.pair(Site.OFFICE, Site.ECONOMIC_PARK);
        office = sites.at(Site.OFFICE);
        park = sites.at(Site.ECONOMIC_PARK);
    }

    @AfterEach
    void close() {
        sites.close();
    }

    static EnterpriseForm form(String id, String name, String creditCode) {
        return new EnterpriseForm(id, name, creditCode, Park.ECONOMIC_PARK, "鱼洞街道", "", "", Tier.T1_ELECTRONICS, LocalDate.of(2014, 1, 1));
    }

    void both() throws Exception {
        sites.carry(Site.ECONOMIC_PARK, Site.OFFICE);
        sites.carry(Site.OFFICE, Site.ECONOMIC_PARK);
    }

    @Test
    void oneRowEditedAtBothSitesKeepsBothVersionsAndIsSettledOnce() throws Exception {
        String id = office.enterprises().save(form(null, "甲电子有限公司", "91350100M000100Y43"));
        sites.carry(Site.OFFICE, Site.ECONOMIC_PARK);
        office.enterprises().save(form(id, "甲电子（重庆）有限公司", "91350100M000100Y43"));
        park.enterprises().save(form(id, "甲电子科技有限公司", "91350100M000100Y43"));

        both();

        Sites.assertSameRows(office, park);
        for (Services s : List.of(office, park)) {
            assertThat(s.conflicts().open()).as("at " + s.site()).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(SyncConflict.Kind.VERSION);
                assertThat(c.table()).isEqualTo("enterprise");
                assertThat(c.rowId()).isEqualTo(id);
                String kept = s.enterprises().find(id).map(Enterprise::name).orElseThrow();
                assertThat(List.of(kept, c.otherImage().values().get("name"))).as("both names are kept")
                        .containsExactlyInAnyOrder("甲电子（重庆）有限公司", "甲电子科技有限公司");
            });
        }
        SyncConflict c = office.conflicts().open().get(0);
        String other = (String) c.otherImage().values().get("name");
        office.conflicts().settle(c.id(), SyncConflict.Settlement.TOOK_OTHER, null);
        assertThat(office.enterprises().find(id).map(Enterprise::name)).contains(other);

        both();

        assertThat(park.conflicts().open()).as("settled at the office, settled at the park").isEmpty();
        assertThat(park.enterprises().find(id).map(Enterprise::name)).contains(other);
        assertThat(park.conflicts().find(c.id())).hasValueSatisfying(s -> {
            assertThat(s.settlement()).isEqualTo(SyncConflict.Settlement.TOOK_OTHER);
            assertThat(s.settledBy()).isEqualTo("测试");
        });
        Sites.assertSameRows(office, park);
    }

    @Test
    void theSameCreditCodeRegisteredAtBothSitesKeepsBothRowsUntilOneIsChosen() throws Exception {
        String atOffice = office.enterprises().save(form(null, "乙电子有限公司", "91500113MA5U12346T"));
        String atPark = park.enterprises().save(form(null, "乙电子（园区登记）", "91500113MA5U12346T"));

        both();

        Sites.assertSameRows(office, park);
        for (Services s : List.of(office, park)) {
            assertThat(s.enterprises().find(atOffice)).as("at " + s.site()).isPresent();
            assertThat(s.enterprises().find(atPark)).as("at " + s.site()).isPresent();
            assertThat(s.conflicts().open()).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(SyncConflict.Kind.DUPLICATE);
                assertThat(List.of(c.rowId(), c.otherRowId())).containsExactlyInAnyOrder(atOffice, atPark);
            });
        }
        SyncConflict c = park.conflicts().open().get(0);
        park.conflicts().settle(c.id(), c.rowId().equals(atOffice) ? SyncConflict.Settlement.KEPT_THIS : SyncConflict.Settlement.TOOK_OTHER,
                null);

        both();

        for (Services s : List.of(office, park)) {
            assertThat(s.conflicts().open()).as("at " + s.site()).isEmpty();
            assertThat(s.database().dsl().resultQuery("SELECT id FROM enterprise WHERE credit_code = ? AND deleted = 0",
                    "91500113MA5U12346T").fetch(0, String.class)).as("at " + s.site()).containsExactly(atOffice);
            assertThat(s.database().dsl().resultQuery("SELECT count(*) FROM enterprise WHERE sync_held <> 0").fetchOne(0, Long.class))
                    .as("nothing held any more at " + s.site()).isZero();
        }
        Sites.assertSameRows(office, park);
    }

    @Test
    void oneEntryReversedAtBothSitesKeepsBothReversalsAndExchangesGoOn() throws Exception {
        office.workFund().allocate(java.time.LocalDate.of(2014, 1, 10), cn.banan.hrdesk.core.Money.ofYuan(10_000), "巴南财发〔2014〕1号");
        sites.carry(Site.OFFICE, Site.ECONOMIC_PARK);
        String entry = office.ledger().page(cn.banan.hrdesk.ledger.LedgerFilter.ALL, 0, 10).rows().get(0).entry().id();
        office.ledger().reverse(entry, "录错");
        park.ledger().reverse(entry, "重复记账");

        both();
        both();

        for (Services s : List.of(office, park)) {
            assertThat(s.conflicts().open()).as("at " + s.site()).singleElement()
                    .satisfies(c -> assertThat(c.kind()).isEqualTo(SyncConflict.Kind.DUPLICATE));
            assertThat(s.ledger().verify().holds()).as("both chains whole at " + s.site()).isTrue();
        }
        Sites.assertSameRows(office, park);
        SyncConflict c = office.conflicts().open().get(0);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> office.conflicts().settle(c.id(), SyncConflict.Settlement.TOOK_OTHER,
                null))).as("an entry is never deleted").isInstanceOf(cn.banan.hrdesk.core.ValidationException.class);
        office.conflicts().settle(c.id(), SyncConflict.Settlement.KEPT_THIS, null);
        both();
        assertThat(park.conflicts().open()).isEmpty();
        Sites.assertSameRows(office, park);
    }
}
