package cn.banan.hrdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.testing.ProgramText;
import java.awt.Font;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which face a PC gets, and that the font shipped for PCs without one holds every character the program writes. */
class ChineseFaceTest {
    @Test
    void aWindowsPcGetsYaHeiBeforeSimSun() {
        assertThat(ChineseFace.installed(List.of("Arial", "SimSun", "Microsoft YaHei", "Segoe UI"))).contains("Microsoft YaHei");
    }

    @Test
    void aDebianPcWithOnlyNotoCjkGetsIt() {
        assertThat(ChineseFace.installed(List.of("DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans Mono CJK SC")))
                .contains("Noto Sans CJK SC");
    }

    @Test
    void aUosPcWithWenQuanYiGetsIt() {
        assertThat(ChineseFace.installed(List.of("DejaVu Sans", "wenquanyi micro hei"))).contains("wenquanyi micro hei");
    }

    @Test
    void aMacGetsPingFang() {
        assertThat(ChineseFace.installed(List.of("Helvetica", "PingFang SC", "Hiragino Sans GB"))).contains("PingFang SC");
    }

    @Test
    void aPcWithoutChineseGetsNothingInstalled() {
        // "Microsoft YaHei" mistyped as a prefix must not count: a family is taken only by its whole name
        assertThat(ChineseFace.installed(List.of("DejaVu Sans", "Liberation Serif", "Microsoft"))).isEmpty();
    }

    @Test
    void theShippedFontHasAGlyphForEveryCharacterOfTheChineseTextsAndTheDemo() throws Exception {
        Font shipped;
        try (InputStream in = ChineseFace.class.getResourceAsStream(ChineseFace.SHIPPED)) {
            shipped = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        String text = ProgramText.chineseBundleAndDemo();
        List<String> missing = text.codePoints().filter(c -> !Character.isWhitespace(c) && !shipped.canDisplay(c))
                .mapToObj(Character::toString).distinct().toList();
        assertThat(text.codePoints().filter(c -> c >= 0x4e00 && c <= 0x9fff).count()).isGreaterThan(5_000);
        assertThat(missing).as("characters the shipped font cannot draw").isEmpty();
        assertThat(shipped.canDisplay('\uE000')).as("a character outside the subset").isFalse();
    }
}
