package cn.banan.hrdesk.attachments;

import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.FieldText;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.voiding.VoidRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Scans, photos and PDFs attached to records: at most {@link #MAX_BYTES} a file, kept once by content, opened from a
 * copy that carries the name it was given (after checking it is still the file that was attached), voided with a reason.
 */
public final class Attachments {
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final String FILE = "file";
    static final Set<String> KINDS = Set.of("pdf", "ofd", "jpg", "jpeg", "png", "tif", "tiff", "bmp", "gif", "webp");
    private final DSLContext dsl;
    private final AttachmentRepository rows;
    private final AttachmentFiles files;
    private final VoidRepository voids;
    private final Session session;
    private final Clock clock;

    public Attachments(DSLContext dsl, AttachmentRepository rows, AttachmentFiles files, VoidRepository voids, Session session, Clock clock) {
        this.dsl = dsl;
        this.rows = rows;
        this.files = files;
        this.voids = voids;
        this.session = session;
        this.clock = clock;
    }

    public List<Attachment> of(AttachmentOwner owner, String ownerId) {
        return rows.of(dsl, owner, ownerId);
    }

    public Attachment add(AttachmentOwner owner, String ownerId, Path file, String note) {
        Actor actor = session.require(owner.edit());
        String name = file == null ? "" : file.getFileName().toString();
        if (file == null || !Files.isRegularFile(file)) {
            throw problem("attachments.problem.missing", name);
        }
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!KINDS.contains(ext)) {
            throw problem("attachments.problem.kind", name);
        }
        long size = size(file);
        if (size == 0) {
            throw problem("attachments.problem.empty", name);
        }
        if (size > MAX_BYTES) {
            throw problem("attachments.problem.tooBig", name, String.format(Locale.ROOT, "%.1f", size / 1024.0 / 1024.0), MAX_BYTES / 1024 / 1024);
        }
        String sha = files.put(file);
        String clean = note == null ? "" : FieldText.line(note).strip();
        return dsl.transactionResult(tx -> {
            rows.of(tx.dsl(), owner, ownerId).stream().filter(a -> a.sha256().equals(sha)).findFirst().ifPresent(a -> {
                throw problem("attachments.problem.already", name, a.fileName());
            });
            return rows.insert(tx.dsl(), owner, ownerId, FieldText.line(name), sha, size, clean, actor.name(), LocalDate.now(clock));
        });
    }

    /** A copy of the attached file under its own name, to open with the program the system uses for it. */
    public Path copyToOpen(Attachment a) {
        Path kept = files.path(a.sha256());
        if (!Files.isRegularFile(kept)) {
            throw problem("attachments.problem.gone", a.fileName());
        }
        try {
            if (!sha(kept).equals(a.sha256())) {
                throw problem("attachments.problem.changed", a.fileName());
            }
            Path copy = Files.createTempDirectory("hrdesk-attachment-").resolve(a.fileName());
            Files.copy(kept, copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void voidAttachment(Attachment a, String reason) {
        Actor actor = session.require(a.owner().edit());
        dsl.transaction(tx -> voids.voidRow(tx.dsl(), "attachment", a.id(), reason, actor.name()));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    private static ValidationException problem(String key, Object... args) {
        return new ValidationException(List.of(FieldProblem.of(FILE, key, args)));
    }
}
