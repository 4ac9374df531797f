package cn.banan.hrdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a program stopped half-way (power cut, killed) leaves beside the database: hidden temporary files of backups
 * and workbooks ({@code .hrdesk-*.tmp}) and half-written sets of files ({@code .hrdesk-set-*}). Swept when the
 * database is opened; only what is older than a while, so another instance's work in the same folder is left alone.
 */
final class Debris {
    private static final Logger LOG = LoggerFactory.getLogger(Debris.class);

    private Debris() {
    }

    static int sweep(Path folder, Duration olderThan) {
        Instant before = Instant.now().minus(olderThan);
        int removed = 0;
        try (Stream<Path> all = Files.list(folder)) {
            for (Path p : all.toList()) {
                String name = p.getFileName().toString();
                boolean ours = name.startsWith(".hrdesk-") && (name.endsWith(".tmp") || name.startsWith(".hrdesk-set-"));
                if (ours && Files.getLastModifiedTime(p).compareTo(FileTime.from(before)) < 0) {
                    delete(p);
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warn("could not sweep leftovers in {}", folder, e);
        }
        return removed;
    }

    private static void delete(Path p) throws IOException {
        try (Stream<Path> tree = Files.walk(p)) {
            for (Path q : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
