package cn.banan.hrdesk.xlsx;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The file is not a workbook we can read (broken, encrypted, not .xlsx, or built to harm the reader). */
public class UnreadableWorkbookException extends RuntimeException {
    private final Path file;

    public UnreadableWorkbookException(Path file, Throwable cause) {
        super("cannot read workbook " + file + ": " + cause, cause);
        this.file = file;
    }

    /** Refuses a path that is not a file, as "not found" rather than as a broken workbook. */
    static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableWorkbookException(file, new FileNotFoundException(file.toString()));
        }
    }

    public Path file() {
        return file;
    }
}
