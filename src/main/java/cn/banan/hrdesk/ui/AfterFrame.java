package cn.banan.hrdesk.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work once a scene's next frame has been laid out and handed to the renderer: what was shown just now is then
 * on the screen before the work takes the FX thread (or, on a two-core PC, the second core) from its painting. Work
 * split into pieces, one per frame, keeps the window answering while a large view is put together.
 */
public final class AfterFrame {
    private AfterFrame() {
    }

    public static void run(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
