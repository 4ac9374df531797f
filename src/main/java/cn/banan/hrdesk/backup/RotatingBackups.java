package cn.banan.hrdesk.backup;

import cn.banan.hrdesk.store.Backup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A folder of checked copies, the newest {@code keep} kept: a new one is written whole before an old one goes. */
final class RotatingBackups {
    private final Path folder;
    private final int keep;

    RotatingBackups(Path folder, int keep) {
        this.folder = folder;
        this.keep = keep;
    }

    Path add(String name, Path database) {
        Path target = folder.resolve(name);
        Backup.copy(database, target);
        List<Path> all = all();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return target;
    }

    /** Newest first, by name (each carries its time, so names sort as times do). */
    List<Path> all() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".db") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
