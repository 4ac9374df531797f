package cn.banan.hrdesk.store;

import org.jooq.DSLContext;

/**
 * Whether the database holds the demo set: marked when the demo fills it (only an empty one), so the window's title
 * and every printed form and report say 示例数据 and no one takes a demo printout for real work.
 */
public final class DemoMark {
    static final String KEY = "demo";

    private DemoMark() {
    }

    public static boolean isDemo(DSLContext dsl) {
        return new LocalSettings(dsl).get(KEY).isPresent();
    }

    public static void mark(DSLContext tx) {
        new LocalSettings(tx).put(KEY, "1");
    }
}
