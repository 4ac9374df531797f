package cn.banan.hrdesk.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The launch benchmark's baseline: the least a JavaFX program does to show one Chinese label, started from the same
 * jar and JVM flags as the program. Prints the milliseconds from JVM start to the window shown, as the program's
 * start-up probe does, and quits.
 */
public final class MinimalChineseWindow {
    private MinimalChineseWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself; launched through the class above, as a main class extending Application is not launched from a jar. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("重点产业人力资源保障工作台"), 400, 120));
            stage.setOnShown(e -> Platform.runLater(() -> {
                System.err.println("startup-ms=" + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
                Platform.exit();
            }));
            stage.show();
        }
    }
}
