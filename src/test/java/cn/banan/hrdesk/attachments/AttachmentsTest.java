package cn.banan.hrdesk.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.security.AccessDeniedException;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 附件 on a real database and its folder: kept once by content, checked when opened, refused with words when wrong. */
class AttachmentsTest {
    @TempDir
    Path dir;
    Services s;
    TwoFundClaim c;
    Path contract;

    @BeforeEach
    void open() throws Exception {
        s = TempStore.open(dir.resolve("db"));
        c = new TwoFundClaim(s);
        contract = Files.writeString(Files.createDirectories(dir.resolve("scans")).resolve("劳动合同-操作工甲.pdf"), "%PDF-1.4 劳动合同",
                StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        s.close();
    }

    String problem(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.problems().get(0).key();
        }
        throw new AssertionError("nothing was refused");
    }

    long keptFiles() throws Exception {
        Path folder = s.database().file().resolveSibling(s.database().file().getFileName().toString().replaceFirst("\\.[^.]*$", "") + "-附件");
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aFileIsKeptOnceByItsContentListedOnTheFormAndOpenedOnlyWhileItIsTheSame() throws Exception {
        Attachment a = s.attachments().add(AttachmentOwner.CLAIM, c.claimId, contract, "");
        assertThat(a.sha256()).hasSize(64);
        assertThat(a.sizeBytes()).isEqualTo(Files.size(contract));
        Path copy = Files.copy(contract, dir.resolve("scans").resolve("同一份合同.pdf"));
        String other = new TwoFundClaim.Duplicate(s, c).claimId;
        s.attachments().add(AttachmentOwner.CLAIM, other, copy, "");
        assertThat(keptFiles()).as("two claims, one file kept").isEqualTo(1);
        assertThat(problem(() -> s.attachments().add(AttachmentOwner.CLAIM, c.claimId, copy, ""))).as("the same paper twice on one claim")
                .isEqualTo("attachments.problem.already");
        assertThat(s.attachments().of(AttachmentOwner.CLAIM, c.claimId)).extracting(Attachment::fileName).containsExactly("劳动合同-操作工甲.pdf");

        s.forms().write(c.claimId, dir.resolve("审批表.xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("审批表.xlsx")))) {
            List<String> texts = new java.util.ArrayList<>();
            wb.getSheetAt(0).forEach(r -> r.forEach(cell -> texts.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    ? cell.getStringCellValue() : "")));
            assertThat(texts).contains("附件清单").anySatisfy(t -> assertThat(t).startsWith("1. 劳动合同-操作工甲.pdf（").contains(a.sha256().substring(0, 8)));
        }

        Path backup = s.backups().backUpTo(Files.createDirectories(dir.resolve("stick")));
        assertThat(AttachmentFiles.beside(backup).path(a.sha256())).as("the files go with a backup, beside it").hasSameBinaryContentAs(contract);

        Path opened = s.attachments().copyToOpen(a);
        assertThat(opened.getFileName().toString()).isEqualTo("劳动合同-操作工甲.pdf");
        assertThat(opened).hasSameBinaryContentAs(contract);
        Path kept = AttachmentFiles.beside(s.database().file()).path(a.sha256());
        Files.writeString(kept, "%PDF-1.4 改过的合同");
        assertThat(problem(() -> s.attachments().copyToOpen(a))).isEqualTo("attachments.problem.changed");
        Files.delete(kept);
        assertThat(problem(() -> s.attachments().copyToOpen(a))).isEqualTo("attachments.problem.gone");
        assertThat(cn.banan.hrdesk.backup.BackupService.restoreAttachments(backup, s.database().file())).as("put back from the backup").isEqualTo(1);
        assertThat(s.attachments().copyToOpen(a)).hasSameBinaryContentAs(contract);

        assertThat(problem(() -> s.attachments().voidAttachment(a, " "))).isEqualTo("voiding.problem.reasonNeeded");
        s.attachments().voidAttachment(a, "传错了文件");
        assertThat(s.attachments().of(AttachmentOwner.CLAIM, c.claimId)).isEmpty();
    }

    @Test
    void aFileThatIsNotAScanIsEmptyOrTooBigIsRefusedAndOnlyThoseWhoMayChangeTheRecordAttach() throws Exception {
        Path exe = Files.writeString(dir.resolve("scans").resolve("setup.exe"), "MZ");
        assertThat(problem(() -> s.attachments().add(AttachmentOwner.CLAIM, c.claimId, exe, ""))).isEqualTo("attachments.problem.kind");
        Path empty = Files.createFile(dir.resolve("scans").resolve("空白.jpg"));
        assertThat(problem(() -> s.attachments().add(AttachmentOwner.CLAIM, c.claimId, empty, ""))).isEqualTo("attachments.problem.empty");
        Path big = dir.resolve("scans").resolve("扫描件.tif");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Attachments.MAX_BYTES + 1);
        }
        assertThat(problem(() -> s.attachments().add(AttachmentOwner.CLAIM, c.claimId, big, ""))).isEqualTo("attachments.problem.tooBig");
        assertThat(problem(() -> s.attachments().add(AttachmentOwner.CLAIM, c.claimId, dir.resolve("没有这个.pdf"), "")))
                .isEqualTo("attachments.problem.missing");
        assertThat(s.attachments().of(AttachmentOwner.CLAIM, c.claimId)).isEmpty();
        s.session().signIn(TwoFundClaim.REVIEWER);
        assertThatThrownBy(() -> s.attachments().add(AttachmentOwner.CLAIM, c.claimId, contract, "")).isInstanceOf(AccessDeniedException.class);

        s.session().signIn(TwoFundClaim.GENERAL);
        String meeting = s.registers().save(cn.banan.hrdesk.office.OfficeRegisters.MEETINGS, null, java.util.Map.of("held_on",
                java.time.LocalDate.of(2026, 11, 20), "title", "用工保障推进会"));
        Path minutes = Files.writeString(dir.resolve("scans").resolve("会议纪要.pdf"), "%PDF-1.4 纪要");
        s.attachments().add(AttachmentOwner.MEETING, meeting, minutes, "");
        assertThat(s.attachments().of(AttachmentOwner.MEETING, meeting)).extracting(Attachment::fileName).containsExactly("会议纪要.pdf");
        assertThat(s.attachments().of(AttachmentOwner.CLAIM, meeting)).as("kept by owner kind and id").isEmpty();
        s.session().signIn(TwoFundClaim.LIAISON);
        assertThatThrownBy(() -> s.attachments().add(AttachmentOwner.MEETING, meeting, contract, "")).as("minutes are 综合管理部's")
                .isInstanceOf(AccessDeniedException.class);
    }
}
