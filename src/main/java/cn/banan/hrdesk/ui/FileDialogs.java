package cn.banan.hrdesk.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Asking the user for a file. The program uses the system's choosers; TestFX tests answer with a path. */
public interface FileDialogs {
    /** {@code extension}: the kind of file offered, or several comma-separated ("pdf,jpg"). */
    Optional<Path> open(String title, String extension);

    Optional<Path> save(String title, String suggestedName);

    /** A folder to write many files into (batch printing). */
    Optional<Path> folder(String title);

    /** Opens a written file in the program the system uses for it (Excel, WPS); false where there is none. */
    default boolean openInSystem(Path file) {
        return false;
    }
}
