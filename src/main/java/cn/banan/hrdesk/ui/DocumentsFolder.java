package cn.banan.hrdesk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a clerk keeps documents: 文档/Documents under the home folder (on Linux as the desktop's user-dirs.dirs names
 * it, e.g. "$HOME/文档"), else the home folder itself. Save dialogs start here.
 */
public final class DocumentsFolder {
    private DocumentsFolder() {
    }

    public static Path of(Path home) {
        return fromUserDirs(home).or(() -> Optional.of(home.resolve("Documents")).filter(Files::isDirectory)).orElse(home);
    }

    private static Optional<Path> fromUserDirs(Path home) {
        Path dirs = home.resolve(".config/user-dirs.dirs");
        if (!Files.isRegularFile(dirs)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(dirs).stream().map(String::strip).filter(l -> l.startsWith("XDG_DOCUMENTS_DIR="))
                    .map(l -> l.substring(l.indexOf('=') + 1).replace("\"", "").replace("$HOME", home.toString()))
                    .map(Path::of).filter(Files::isDirectory).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
