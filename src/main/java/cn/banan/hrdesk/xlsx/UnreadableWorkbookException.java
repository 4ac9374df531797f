package cn.banan.hrdesk.xlsx;

import java.nio.file.Path;

/** The file is not a workbook we can read (broken, encrypted, not .xlsx, or built to harm the reader). */
public final class UnreadableWorkbookException extends RuntimeException {
    private final Path file;

    public UnreadableWorkbookException(Path file, Throwable cause) {
        super("cannot read workbook " + file + ": " + cause, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
