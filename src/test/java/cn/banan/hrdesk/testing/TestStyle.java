package cn.banan.hrdesk.testing;

import cn.banan.hrdesk.ui.ChineseFace;
import cn.banan.hrdesk.ui.WindowStyle;
import javafx.scene.Scene;

/** The window tests' scenes styled as the program styles its own: its stylesheet and this PC's Chinese face. */
public final class TestStyle {
    private TestStyle() {
    }

    public static void apply(Scene scene) {
        new WindowStyle(ChineseFace.forThisComputer()).style(scene);
    }
}
