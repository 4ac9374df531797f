package cn.banan.hrdesk.xlsx;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Sorts what went wrong while reading a table file: the caller's own errors (thrown from its consumers) pass through
 * as they were; a refusal with reasons keeps its reasons, however deep the XML parser wrapped it; the rest is the file's.
 */
final class Failures {
    private Failures() {
    }

    static <T> void asCaller(Consumer<T> consumer, T value) {
        try {
            consumer.accept(value);
        } catch (RuntimeException e) {
            throw new CallerFailure(e);
        }
    }

    static RuntimeException rethrow(Path file, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CallerFailure caller) {
                return (RuntimeException) caller.getCause();
            }
            if (t instanceof UnreadableWorkbookException refused) {
                return refused;
            }
        }
        return new UnreadableWorkbookException(file, e);
    }

    private static final class CallerFailure extends RuntimeException {
        CallerFailure(RuntimeException cause) {
            super(cause);
        }
    }
}
