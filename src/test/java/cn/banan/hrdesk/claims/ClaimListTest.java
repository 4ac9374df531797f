package cn.banan.hrdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Page;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims list's search, filters and pages on the demo's eight claims, each checked against the whole list. */
class ClaimListTest {
    @TempDir
    Path dir;

    @Test
    void eachFilterPicksWhatTheWholeListSaysAndPagesAddUp() throws Exception {
        try (Services s = TempStore.open(dir)) {
            s.demoData().fill(Progress.NONE);
            List<ClaimSummary> all = s.claims().list();
            assertThat(all).hasSize(8);
            assertThat(all).extracting(ClaimSummary::claimNo).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            check(s, all, new ClaimQuery("ofc-0001", null, null, null, null, false), c -> c.claimNo().endsWith("OFC-0001"));
            String claimant = all.get(0).claimantName();
            check(s, all, new ClaimQuery(claimant.substring(0, 3), null, null, null, null, false),
                    c -> c.claimantName().contains(claimant.substring(0, 3)));
            check(s, all, new ClaimQuery("", Rule.R3, null, null, null, false), c -> c.rule() == Rule.R3);
            check(s, all, new ClaimQuery("", null, ClaimStatus.ARCHIVED, null, null, false), c -> c.status() == ClaimStatus.ARCHIVED);
            check(s, all, new ClaimQuery("", null, ClaimStatus.INTAKE, null, null, false), c -> c.status() == ClaimStatus.INTAKE);
            // the demo begins two years before the test clock's 2026
            check(s, all, new ClaimQuery("", null, null, 2024, null, false), c -> c.periodYear() == 2024);
            check(s, all, new ClaimQuery("", null, null, null, null, true), c -> c.openFlags() > 0);
            assertThat(s.claims().page(new ClaimQuery("", null, ClaimStatus.ARCHIVED, null, null, false), 0, 100).rows())
                    .as("the demo archives one claim").hasSize(1);
            Page<ClaimSummary> district = s.claims().page(new ClaimQuery("", null, null, null, FundingSource.DISTRICT_FUND, false), 0, 100);
            assertThat(district.rows()).isNotEmpty().allSatisfy(c -> assertThat(s.claims().lines(c.id()))
                    .anyMatch(l -> l.eligible() && l.fundingSource() == FundingSource.DISTRICT_FUND));
            assertThat(s.claims().page(new ClaimQuery("没有这样的申报", null, null, null, null, false), 0, 100).total()).isZero();

            Page<ClaimSummary> first = s.claims().page(ClaimQuery.ALL, 0, 3);
            Page<ClaimSummary> last = s.claims().page(ClaimQuery.ALL, 6, 3);
            assertThat(first.total()).isEqualTo(8);
            assertThat(first.rows()).isEqualTo(all.subList(0, 3));
            assertThat(last.rows()).as("two on the last page, with their statuses").isEqualTo(all.subList(6, 8));
            Page<ClaimSummary> intakeSecond = s.claims().page(new ClaimQuery("", null, ClaimStatus.INTAKE, null, null, false), 2, 2);
            assertThat(intakeSecond.rows()).isEqualTo(all.stream().filter(c -> c.status() == ClaimStatus.INTAKE).skip(2).limit(2).toList());
        }
    }

    private static void check(Services s, List<ClaimSummary> all, ClaimQuery q, Predicate<ClaimSummary> expected) {
        List<ClaimSummary> want = all.stream().filter(expected).toList();
        Page<ClaimSummary> got = s.claims().page(q, 0, 100);
        assertThat(got.rows()).as(q.toString()).isEqualTo(want);
        assertThat(got.total()).isEqualTo(want.size());
    }
}
