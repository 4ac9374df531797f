package cn.banan.hrdesk.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Files written as one set (every approval form of a batch, every register of an export) that appear whole or not at
 * all: written into a hidden folder, then moved into the chosen folder at the end. A new folder appears by one
 * rename; into an existing one the files move one by one, each whole. Cancelled or failed, the hidden folder goes.
 */
public final class FileSet implements AutoCloseable {
    static final String PREFIX = ".hrdesk-set-";
    private final Path target;
    private final Path work;
    private final boolean whole;
    private boolean done;

    private FileSet(Path target, Path work, boolean whole) {
        this.target = target;
        this.work = work;
        this.whole = whole;
    }

    public static FileSet into(Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        boolean whole = !Files.exists(target);
        Path parent = whole ? target.getParent() : target;
        Files.createDirectories(parent);
        return new FileSet(target, Files.createDirectory(parent.resolve(PREFIX + UUID.randomUUID())), whole);
    }

    /** Where to write the set's file {@code name}. */
    public Path file(String name) {
        return work.resolve(name);
    }

    /** Moves the set into the chosen folder. */
    public void commit() throws IOException {
        if (whole) {
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            try (Stream<Path> files = Files.list(work)) {
                for (Path f : files.toList()) {
                    Files.move(f, target.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.delete(work);
        }
        done = true;
    }

    @Override
    public void close() throws IOException {
        if (!done && Files.exists(work)) {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
