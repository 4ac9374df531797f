package cn.banan.hrdesk.store;

/** The database could not be opened, read or written; the message is for the log, callers word it for people. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
