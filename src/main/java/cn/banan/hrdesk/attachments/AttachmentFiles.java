package cn.banan.hrdesk.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The folder beside the database where attached files are kept by their SHA-256 (ab/abcdef…): a file is copied in
 * once, whatever it was called and however often it is attached, and appears only whole (copied beside, then moved).
 */
public final class AttachmentFiles {
    private final Path folder;

    public AttachmentFiles(Path folder) {
        this.folder = folder;
    }

    /** The folder beside {@code database}: hrdesk.db keeps its files in hrdesk-附件. */
    public static AttachmentFiles beside(Path database) {
        String name = database.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return new AttachmentFiles(database.toAbsolutePath().resolveSibling(stem + "-附件"));
    }

    /** A stored file, as {@code sha256} names it. */
    public Path path(String sha256) {
        return folder.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Copies {@code source} in (unless a file of the same content is kept already); returns its SHA-256. */
    public String put(Path source) {
        try {
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, "adding-", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(source); OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha)) {
                    in.transferTo(out);
                }
                String hex = HexFormat.of().formatHex(sha.digest());
                Path target = path(hex);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    try {
                        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(part, target);
                    }
                }
                return hex;
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /**
     * Copies every kept file that {@code other} lacks into it (a backup's folder, or back from one): files are named by
     * their content and never change, so nothing is overwritten or removed. Returns how many were copied.
     */
    public int copyInto(AttachmentFiles other) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int copied = 0;
        try (var all = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}"))::iterator) {
                Path target = other.path(f.getFileName().toString());
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Path part = target.resolveSibling(target.getFileName() + ".part");
                    Files.copy(f, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, target);
                    copied++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copied;
    }

    /**
     * Keeps a file that came from another site under its SHA-256 (checked here too: what is kept is what the name
     * says), unless it is kept already.
     */
    public void putContent(String sha256, byte[] content) {
        try {
            if (!HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).equals(sha256)) {
                throw new IllegalArgumentException("content does not hash to " + sha256);
            }
            Path target = path(sha256);
            if (Files.exists(target)) {
                return;
            }
            Files.createDirectories(target.getParent());
            Path part = Files.createTempFile(target.getParent(), "adding-", ".part");
            try {
                Files.write(part, content);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    public boolean has(String sha256) {
        return Files.isRegularFile(path(sha256));
    }
}
