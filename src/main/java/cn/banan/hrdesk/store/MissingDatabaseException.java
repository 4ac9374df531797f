package cn.banan.hrdesk.store;

import java.nio.file.Path;

/** A database was expected at a path where there is none; nothing was created there. */
public final class MissingDatabaseException extends StoreException {
    private final Path file;

    public MissingDatabaseException(Path file) {
        super("no database at " + file);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
