package cn.banan.hrdesk.testing;

import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;

/**
 * Puts text into a field as a paste would: focus, then the whole text at once. For fields whose typing is not what a
 * test is about (a password, a reason); the robot types a key a pulse, which costs seconds over a suite.
 */
public final class FxText {
    private FxText() {
    }

    public static void set(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        if (field == null) {
            throw new AssertionError("no text field " + query);
        }
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
            field.positionCaret(text.length());
        });
    }
}
