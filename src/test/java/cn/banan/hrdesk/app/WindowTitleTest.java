package cn.banan.hrdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo database says so in the window's title; a real one does not. */
class WindowTitleTest {
    @TempDir
    Path dir;

    @Test
    void theTitleNamesTheSiteAndMarksTheDemo() throws Exception {
        try (Services real = TempStore.open(dir.resolve("real"), Site.ECONOMIC_PARK, cn.banan.hrdesk.security.Session.of(
                cn.banan.hrdesk.testing.Operator.everything("测试")))) {
            assertThat(WindowTitle.of(real, TempStore.TEXTS)).isEqualTo("重点产业人力资源保障工作台 — " + TempStore.TEXTS.label(Site.ECONOMIC_PARK))
                    .doesNotContain("示例数据");
        }
        try (Services demo = TempStore.open(dir.resolve("demo"))) {
            demo.demoData().fill(Progress.NONE);
            assertThat(WindowTitle.of(demo, TempStore.TEXTS)).startsWith("重点产业人力资源保障工作台 — ").endsWith("【示例数据】");
        }
    }
}
