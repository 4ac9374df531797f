package cn.banan.hrdesk.xlsx;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A table file refused for a reason a person can act on: a limit passed, an encoding not recognised, a quote never
 * closed. {@code key} names the message in the resource bundle; its first argument is always the file.
 */
public final class RefusedFileException extends UnreadableWorkbookException {
    private final String key;
    private final Object[] args;

    public RefusedFileException(Path file, String key, Object... args) {
        super(file, new IllegalArgumentException(key + " " + Arrays.toString(args)));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    /** The message's arguments: the file's name first, then the ones given. */
    public Object[] messageArgs() {
        Object[] all = new Object[args.length + 1];
        all[0] = file().getFileName();
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
