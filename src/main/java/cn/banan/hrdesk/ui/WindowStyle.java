package cn.banan.hrdesk.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Puts the program's stylesheets on every window it opens: the main window, message boxes, dialogs and the first
 * start's questions alike, so none of them is left in a face without Chinese.
 */
public final class WindowStyle {
    private final List<String> sheets;

    public WindowStyle(ChineseFace face) {
        this.sheets = List.of(WindowStyle.class.getResource("/css/app.css").toExternalForm(), face.stylesheet());
    }

    /** From now on, and for the windows already open. */
    public void applyToEveryWindow() {
        Window.getWindows().forEach(this::style);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::style);
            }
        });
    }

    private void style(Window window) {
        style(window.getScene());
        if (window.getProperties().putIfAbsent(WindowStyle.class, Boolean.TRUE) == null) {
            window.sceneProperty().addListener((o, before, scene) -> style(scene));
        }
    }

    /** Adds the sheets to one scene (once). */
    public void style(Scene scene) {
        if (scene != null) {
            sheets.stream().filter(s -> !scene.getStylesheets().contains(s)).forEach(scene.getStylesheets()::add);
        }
    }
}
