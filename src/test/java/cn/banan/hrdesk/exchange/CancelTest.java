package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.testing.CancelAfterFirst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancel, pressed while a package is written or taken in, leaves no package on the stick and the database as it was. */
class CancelTest {
    @TempDir
    Path dir;

    @Test
    void cancelledExportAndImportLeaveNothingBehind() throws Exception {
        try (Sites sites = new Sites(dir, Site.OFFICE, Site.ECONOMIC_PARK)) {
            sites.pair(Site.OFFICE, Site.ECONOMIC_PARK);
            sites.at(Site.OFFICE).demoData().fill(Progress.NONE);
            Path stick = Files.createDirectories(dir.resolve("stick"));
            assertThatThrownBy(() -> sites.at(Site.OFFICE).exchange().export(Site.ECONOMIC_PARK, stick.resolve("p.hrdx"), new CancelAfterFirst()))
                    .isInstanceOf(CancellationException.class);
            try (Stream<Path> left = Files.list(stick)) {
                assertThat(left).as("no package and no part of one").isEmpty();
            }
            assertThat(sites.at(Site.OFFICE).exchange().status().get(0).sent()).as("not counted as sent").isZero();

            Path pkg = sites.export(Site.OFFICE, Site.ECONOMIC_PARK);
            List<String> before = HostilePackageTest.dump(sites.at(Site.ECONOMIC_PARK));
            CancelAfterFirst cancel = new CancelAfterFirst();
            assertThatThrownBy(() -> sites.at(Site.ECONOMIC_PARK).exchange().importPackage(pkg, true, cancel))
                    .isInstanceOf(CancellationException.class);
            assertThat(cancel.seen()).as("it had begun applying").isPositive();
            assertThat(HostilePackageTest.dump(sites.at(Site.ECONOMIC_PARK))).isEqualTo(before);
            assertThat(sites.at(Site.ECONOMIC_PARK).exchange().importPackage(pkg, true, Progress.NONE).outcome())
                    .isEqualTo(ImportResult.Outcome.APPLIED);
        }
    }
}
