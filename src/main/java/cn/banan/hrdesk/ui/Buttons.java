package cn.banan.hrdesk.ui;

import javafx.scene.control.Button;

/** A button with an id (for tests and style) and its action. */
public final class Buttons {
    private Buttons() {
    }

    public static Button of(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
