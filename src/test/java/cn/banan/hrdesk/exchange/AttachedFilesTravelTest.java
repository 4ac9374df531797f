package cn.banan.hrdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.attachments.Attachment;
import cn.banan.hrdesk.attachments.AttachmentOwner;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The park attaches two scans of 15 MB and a photo of 1 MB to a claim; its budget is 20 MB a package. The first
 * package carries the photo and one scan and leaves the other scan for the next; once the office acknowledges,
 * nothing it holds is sent again, and nothing the office made is sent back to it.
 */
class AttachedFilesTravelTest {
    @TempDir
    Path dir;
    Sites sites;
    Services park;
    Services office;
    String claimId;

    @BeforeEach
    void open() throws Exception {
        sites = new Sites(dir, Site.OFFICE, Site.ECONOMIC_PARK);
        sites.pair(Site.OFFICE, Site.ECONOMIC_PARK);
        park = sites.at(Site.ECONOMIC_PARK);
        office = sites.at(Site.OFFICE);
        claimId = new TwoFundClaim(park).claimId;
        for (String[] f : new String[][] {{"入职确认书.pdf", "15"}, {"劳动合同.pdf", "15"}, {"工资发放照片.jpg", "1"}}) {
            park.attachments().add(AttachmentOwner.CLAIM, claimId, random(f[0], Integer.parseInt(f[1])), "");
        }
        park.exchange().setFileBudgetMb(20);
    }

    @AfterEach
    void close() {
        sites.close();
    }

    Path random(String name, int megabytes) throws Exception {
        byte[] b = new byte[megabytes << 20];
        new Random(name.hashCode()).nextBytes(b);
        return Files.write(Files.createDirectories(dir.resolve("scans")).resolve(name), b);
    }

    /** Which of the claim's attachments open at {@code s}: those whose files are there and whole. */
    List<String> opening(Services s) {
        return s.attachments().of(AttachmentOwner.CLAIM, claimId).stream().filter(a -> opens(s, a)).map(Attachment::fileName).sorted().toList();
    }

    static boolean opens(Services s, Attachment a) {
        try {
            s.attachments().copyToOpen(a);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    @Test
    void filesTravelWithinTheBudgetTheRestNextTimeAndNoneTwiceOnceAcknowledged() throws Exception {
        Path first = dir.resolve("first.hrdx");
        ExportResult sent = park.exchange().export(Site.OFFICE, first, Progress.NONE);
        assertThat(sent.files()).as("one scan and the photo fit in 20 MB; two scans do not").isEqualTo(2);
        assertThat(sent.filesWaiting()).isEqualTo(1);

        ImportResult preview = office.exchange().importPackage(first, false, Progress.NONE);
        assertThat(preview.files()).isEqualTo(2);
        assertThat(opening(office)).as("a preview keeps nothing").isEmpty();
        ImportResult in = office.exchange().importPackage(first, true, Progress.NONE);
        assertThat(in.files()).isEqualTo(2);
        assertThat(opening(office)).hasSize(2).contains("工资发放照片.jpg");

        // the office has not answered yet: the next package carries the two again (the first may be lost) and no more
        assertThat(park.exchange().export(Site.OFFICE, dir.resolve("again.hrdx"), Progress.NONE).files()).isEqualTo(2);

        ExportResult back = office.exchange().export(Site.ECONOMIC_PARK, dir.resolve("back.hrdx"), Progress.NONE);
        assertThat(back.files()).as("the park made them: it has them").isZero();
        park.exchange().importPackage(dir.resolve("back.hrdx"), true, Progress.NONE);

        ExportResult rest = park.exchange().export(Site.OFFICE, dir.resolve("rest.hrdx"), Progress.NONE);
        assertThat(rest.files()).as("only the scan that waited").isEqualTo(1);
        assertThat(rest.filesWaiting()).isZero();
        assertThat(office.exchange().importPackage(dir.resolve("rest.hrdx"), true, Progress.NONE).files()).isEqualTo(1);
        assertThat(opening(office)).containsExactly("入职确认书.pdf", "劳动合同.pdf", "工资发放照片.jpg");
    }

    @Test
    void theBudgetIsTheAdministratorsAndNeverBelowTheLargestFile() {
        assertThat(park.exchange().fileBudgetMb()).isEqualTo(20);
        assertThatThrownBy(() -> park.exchange().setFileBudgetMb(19)).isInstanceOf(ValidationException.class).hasMessageContaining("exchange.budget.range");
        assertThat(office.exchange().fileBudgetMb()).as("another site's own setting").isEqualTo(200);
    }
}
