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

    /** Shows what {@code root} makes (built on the FX thread) on {@code stage}, 1400 by 860, styled; waits until shown. */
    public static void show(javafx.stage.Stage stage, java.util.function.Supplier<javafx.scene.Parent> root) {
        javafx.application.Platform.runLater(() -> {
            Scene scene = new Scene(root.get(), 1400, 860);
            apply(scene);
            stage.setScene(scene);
            stage.show();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
