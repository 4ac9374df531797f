package cn.banan.hrdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copies made on closing rotate: the newest N are kept, as the administrator set; each is whole and checked. */
class BackupServiceTest {
    @TempDir
    Path dir;

    @Test
    void closingCopiesRotateKeepingTheNewest() {
        try (Services s = TempStore.open(dir)) {
            s.backups().setKeep(3);
            Clock[] ticking = {TempStore.CLOCK};
            BackupService backups = new BackupService(s.database().file(), s.database().dsl(), Site.OFFICE, s.session(), TempStore.TEXTS,
                    new Clock() {
                        @Override
                        public java.time.ZoneId getZone() {
                            return TempStore.CLOCK.getZone();
                        }

                        @Override
                        public Clock withZone(java.time.ZoneId zone) {
                            return this;
                        }

                        @Override
                        public java.time.Instant instant() {
                            ticking[0] = Clock.offset(ticking[0], Duration.ofMinutes(1));
                            return ticking[0].instant();
                        }
                    });
            Path first = backups.onClosing();
            for (int i = 0; i < 4; i++) {
                backups.onClosing();
            }
            List<Path> kept = backups.automatic();
            assertThat(kept).hasSize(3).doesNotContain(first);
            assertThat(kept.get(0).getFileName().toString()).startsWith("自动备份-领导小组办公室-").endsWith(".db");
            assertThat(kept.get(0).getParent()).isEqualTo(dir.resolve("自动备份"));
            assertThat(kept.get(0).getFileName().toString()).isGreaterThan(kept.get(2).getFileName().toString());
            for (Path copy : kept) {
                assertThat(cn.banan.hrdesk.store.Database.readOnly(copy).fetchValue("PRAGMA integrity_check")).isEqualTo("ok");
            }
        }
    }

    @Test
    void closingCopiesShareOneFolderOfAttachedFilesFromWhichARestorePutsThemBack() throws Exception {
        try (Services s = TempStore.open(dir)) {
            String claim = new cn.banan.hrdesk.testing.TwoFundClaim(s).claimId;
            Path scan = java.nio.file.Files.writeString(dir.resolve("入职确认书.pdf"), "%PDF-1.4 入职确认书");
            var a = s.attachments().add(cn.banan.hrdesk.attachments.AttachmentOwner.CLAIM, claim, scan, "");
            Path copy = s.backups().onClosing();
            s.backups().onClosing();
            Path shared = dir.resolve("自动备份").resolve("附件");
            try (var files = java.nio.file.Files.walk(shared)) {
                assertThat(files.filter(java.nio.file.Files::isRegularFile).toList()).as("kept once for every copy")
                        .extracting(p -> p.getFileName().toString()).containsExactly(a.sha256());
            }
            Path live = s.database().file().resolveSibling("hrdesk-附件");
            try (var files = java.nio.file.Files.walk(live)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
            assertThat(BackupService.restoreAttachments(copy, s.database().file())).isEqualTo(1);
            assertThat(s.attachments().copyToOpen(a)).hasSameBinaryContentAs(scan);
        }
    }
}
