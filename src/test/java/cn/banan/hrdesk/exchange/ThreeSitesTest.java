package cn.banan.hrdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.Enterprise;
import cn.banan.hrdesk.registry.EnterpriseForm;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two parks joined only through the office, as DESIGN §6 has it: what one park registers reaches the other through the
 * office, an edit made at the second comes back to the first the same way, and a lost stick costs nothing.
 */
class ThreeSitesTest {
    @TempDir
    Path dir;

    @Test
    void theOfficeCarriesOneParksRowsToTheOtherAndBack() throws Exception {
        try (Sites sites = new Sites(dir, Site.OFFICE, Site.ECONOMIC_PARK, Site.LOGISTICS_BASE)) {
            sites.pair(Site.OFFICE, Site.ECONOMIC_PARK);
            sites.pair(Site.OFFICE, Site.LOGISTICS_BASE);
            Services economic = sites.at(Site.ECONOMIC_PARK);
            Services logistics = sites.at(Site.LOGISTICS_BASE);
            economic.demoData().fill(Progress.NONE);
            String id = economic.enterprises().save(new EnterpriseForm(null, "丙物流有限公司", "91350100M000100Y43", Park.LOGISTICS_BASE, "", "",
                    "", Tier.T3_DISTRICT_KEY, LocalDate.of(2014, 1, 1)));

            sites.carry(Site.ECONOMIC_PARK, Site.OFFICE);
            sites.export(Site.OFFICE, Site.LOGISTICS_BASE);
            // that stick is lost; the next package carries the same rows again
            sites.carry(Site.OFFICE, Site.LOGISTICS_BASE);
            assertThat(logistics.enterprises().find(id).map(Enterprise::name)).contains("丙物流有限公司");

            logistics.enterprises().save(new EnterpriseForm(id, "丙物流（重庆）有限公司", "91350100M000100Y43", Park.LOGISTICS_BASE, "物流大道1号",
                    "", "", Tier.T3_DISTRICT_KEY, LocalDate.of(2014, 1, 1)));
            sites.carry(Site.LOGISTICS_BASE, Site.OFFICE);
            sites.carry(Site.OFFICE, Site.ECONOMIC_PARK);
            assertThat(economic.enterprises().find(id).map(Enterprise::name)).as("an edit on top of the park's own, not beside it")
                    .contains("丙物流（重庆）有限公司");
            sites.carry(Site.ECONOMIC_PARK, Site.OFFICE);
            sites.carry(Site.OFFICE, Site.LOGISTICS_BASE);

            for (Services s : sites.open.values()) {
                assertThat(s.conflicts().open()).as("at " + s.site()).isEmpty();
                assertThat(s.ledger().verify().holds()).as("at " + s.site()).isTrue();
            }
            Sites.assertSameRows(sites.at(Site.OFFICE), economic);
            Sites.assertSameRows(sites.at(Site.OFFICE), logistics);
        }
    }
}
