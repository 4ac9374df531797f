package cn.banan.hrdesk.testing;

import cn.banan.hrdesk.core.Progress;

/** Reports progress as it goes, and says cancelled once the work has reported some of it: a user's 取消 half-way. */
public final class CancelAfterFirst implements Progress {
    private long seen;

    @Override
    public void update(long done, long total) {
        seen = Math.max(seen, done);
    }

    @Override
    public boolean isCancelled() {
        return seen > 0;
    }

    /** The most work reported done before the cancel took. */
    public long seen() {
        return seen;
    }
}
