package cn.banan.hrdesk.store;

import java.nio.file.Path;

/** The file was written by a newer version of the program, whose schema this one does not know: left untouched. */
public final class NewerDatabaseException extends StoreException {
    private final Path file;
    private final String fileVersion;
    private final String programVersion;

    public NewerDatabaseException(Path file, String fileVersion, String programVersion) {
        super("database " + file + " has schema version " + fileVersion + ", newer than this program's " + programVersion);
        this.file = file;
        this.fileVersion = fileVersion;
        this.programVersion = programVersion;
    }

    public Path file() {
        return file;
    }

    public String fileVersion() {
        return fileVersion;
    }

    public String programVersion() {
        return programVersion;
    }
}
