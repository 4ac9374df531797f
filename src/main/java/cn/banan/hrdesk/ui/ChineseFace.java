package cn.banan.hrdesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The one font family every window draws its text in. JavaFX takes only the first family of a stylesheet's list
 * and, when that one is missing, falls back to a face without Chinese; so the family is chosen here, at start-up,
 * from those this PC has, and the program's own subset of Noto Sans CJK SC is loaded when it has none.
 */
public final class ChineseFace {
    /** Families with simplified Chinese, best first: Windows, UOS/Kylin/Deepin, Debian/Ubuntu, macOS. */
    static final List<String> PREFERRED = List.of(
            "Microsoft YaHei", "Microsoft YaHei UI", "微软雅黑", "DengXian", "等线",
            "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "思源黑体", "Noto Sans SC",
            "WenQuanYi Micro Hei", "文泉驿微米黑", "WenQuanYi Zen Hei", "文泉驿正黑", "Droid Sans Fallback",
            "PingFang SC", "Hiragino Sans GB", "Heiti SC", "STHeiti",
            "SimHei", "黑体", "SimSun", "宋体", "NSimSun", "AR PL UMing CN", "AR PL UKai CN");
    static final String SHIPPED = "/fonts/NotoSansSC-HRDesk-Regular.otf";

    private final String family;

    private ChineseFace(String family) {
        this.family = family;
    }

    /** The face for this PC: an installed Chinese family when there is one, else the shipped font, loaded now. */
    public static ChineseFace forThisComputer() {
        return new ChineseFace(installed(Font.getFamilies()).orElseGet(ChineseFace::loadShipped));
    }

    /** The first preferred family among those installed (names compared without regard to case). */
    static Optional<String> installed(Collection<String> families) {
        for (String wanted : PREFERRED) {
            for (String have : families) {
                if (have.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                    return Optional.of(have);
                }
            }
        }
        return Optional.empty();
    }

    /** Loads the font shipped with the program and returns its family name. */
    static String loadShipped() {
        try (InputStream in = ChineseFace.class.getResourceAsStream(SHIPPED)) {
            Font font = in == null ? null : Font.loadFont(in, 14);
            if (font == null) {
                throw new IllegalStateException("the shipped font " + SHIPPED + " could not be loaded");
            }
            return font.getFamily();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String family() {
        return family;
    }

    /** A stylesheet that sets the family on every node of a scene. */
    public String stylesheet() {
        String css = ".root { -fx-font-family: \"" + family.replace("\"", "") + "\"; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
