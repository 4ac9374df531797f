package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.app.AppPaths;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognises the one command line that opens the window, nothing or {@code --db PATH}, without the parser. Anything
 * else, however close, goes to the parser, so its messages and its help stay the only ones.
 */
final class WindowOnly {
    private WindowOnly() {
    }

    /** The database the window opens, or empty when the words ask for more than the window. */
    static Optional<Path> database(String... args) {
        if (args.length == 0) {
            return Optional.of(AppPaths.defaultDatabase());
        }
        if (args.length == 2 && args[0].equals("--db")) {
            return path(args[1]);
        }
        if (args.length == 1 && args[0].startsWith("--db=")) {
            return path(args[0].substring("--db=".length()));
        }
        return Optional.empty();
    }

    private static Optional<Path> path(String value) {
        if (value.isBlank() || value.startsWith("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
