package cn.banan.hrdesk.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** What kind of database failure an exception is, so messages can say what to do without knowing SQLite. */
public enum StoreFailure {
    /** Another program holds a lock on the file for longer than the busy timeout. */
    BUSY,
    /** The disk (or the file system quota) is full. */
    DISK_FULL,
    /** Anything else, or not a database failure at all. */
    OTHER;

    public static StoreFailure of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sq) {
                SQLiteErrorCode code = sq.getResultCode();
                if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED) {
                    return BUSY;
                }
                if (code == SQLiteErrorCode.SQLITE_FULL) {
                    return DISK_FULL;
                }
            }
        }
        return OTHER;
    }
}
