package cn.banan.hrdesk.store;

import java.nio.file.Path;

/** Another copy of the program has this database file open for writing. */
public final class DatabaseInUseException extends StoreException {
    private final Path file;

    public DatabaseInUseException(Path file) {
        super("database in use by another program instance: " + file);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
