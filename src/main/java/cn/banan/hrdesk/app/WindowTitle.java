package cn.banan.hrdesk.app;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.store.DemoMark;

/** The main window's title: the program, the site, and 【示例数据】 while the database holds the demo set. */
public final class WindowTitle {
    private WindowTitle() {
    }

    public static String of(Services services, Texts texts) {
        String title = texts.get("app.title") + " — " + texts.label(services.site());
        return DemoMark.isDemo(services.database().dsl()) ? texts.get("demo.windowTitle", title) : title;
    }
}
