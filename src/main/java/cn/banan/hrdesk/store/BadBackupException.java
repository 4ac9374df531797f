package cn.banan.hrdesk.store;

import java.nio.file.Path;

/** A file offered for restoring is not a sound backup of this program's database; {@code reason} is a message key. */
public final class BadBackupException extends StoreException {
    private final Path file;
    private final String reason;

    public BadBackupException(Path file, String reason, String detail) {
        super("not a sound backup: " + file + " (" + reason + ": " + detail + ")");
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
