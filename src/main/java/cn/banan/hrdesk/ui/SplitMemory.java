package cn.banan.hrdesk.ui;

import java.util.prefs.Preferences;
import javafx.scene.control.SplitPane;

/** Keeps where a person left a split's dividers, from one start of the program to the next (per user, per PC). */
public final class SplitMemory {
    private final Preferences node;

    public SplitMemory(Preferences node) {
        this.node = node;
    }

    /** Puts the dividers where they were left (else at {@code defaults}) and remembers every move under {@code key}. */
    public SplitPane remember(SplitPane split, String key, double... defaults) {
        double[] at = new double[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            double kept = node.getDouble(key + "-" + i, defaults[i]);
            // a value from a broken or hand-edited store must not hide a pane
            at[i] = kept > 0.05 && kept < 0.95 ? kept : defaults[i];
        }
        split.setDividerPositions(at);
        for (int i = 0; i < split.getDividers().size(); i++) {
            String name = key + "-" + i;
            split.getDividers().get(i).positionProperty().addListener((o, before, now) -> node.putDouble(name, now.doubleValue()));
        }
        return split;
    }
}
