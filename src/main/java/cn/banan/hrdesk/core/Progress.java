package cn.banan.hrdesk.core;

import java.util.concurrent.CancellationException;

/** How long work reports how far it is, and learns that the user pressed cancel. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code total} may be -1 while it is not known. */
    void update(long done, long total);

    boolean isCancelled();

    /** Throws {@link CancellationException} once the user has cancelled; work calls it between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }
}
