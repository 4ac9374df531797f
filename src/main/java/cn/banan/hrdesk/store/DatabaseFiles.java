package cn.banan.hrdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files that make up a database on disk: the database itself, its -wal and -shm, and the program's .lock.
 * No output may be written over any of them, whatever path (a symbolic or hard link included) leads there.
 */
public final class DatabaseFiles {
    private DatabaseFiles() {
    }

    /** Whether writing {@code output} would write over one of {@code database}'s files. */
    public static boolean wouldOverwrite(Path database, Path output) {
        Path out = output.toAbsolutePath().normalize();
        for (Path part : parts(database.toAbsolutePath().normalize())) {
            if (out.equals(part) || sameExistingFile(out, part)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> parts(Path db) {
        String name = db.getFileName().toString();
        return List.of(db, db.resolveSibling(name + "-wal"), db.resolveSibling(name + "-shm"), db.resolveSibling(name + ".lock"));
    }

    private static boolean sameExistingFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            // cannot tell: treat as the database's, refusing is the safe side
            return true;
        }
    }

    /** Refuses (as a person's input problem, naming both) an output that would write over the database. */
    public static void requireApart(Path database, Path output) {
        if (wouldOverwrite(database, output)) {
            throw new OutputIsTheDatabaseException(output, database);
        }
    }

    /** An output path that leads to the open database or one of its files. */
    public static final class OutputIsTheDatabaseException extends RuntimeException {
        private final Path output;
        private final Path database;

        OutputIsTheDatabaseException(Path output, Path database) {
            super("refused to write " + output + " over the database " + database);
            this.output = output;
            this.database = database;
        }

        public Path output() {
            return output;
        }

        public Path database() {
            return database;
        }
    }
}
