package cn.banan.hrdesk.ui;

import javafx.scene.Node;
import javafx.scene.Parent;

/** Hides the controls a role may not use, so nobody is offered what the services would refuse anyway. */
public final class Permitted {
    private Permitted() {
    }

    public static void showOnlyIf(boolean allowed, Parent root, String... selectors) {
        for (String s : selectors) {
            Node n = root.lookup(s);
            if (n != null) {
                n.setVisible(allowed);
                n.setManaged(allowed);
            }
        }
    }
}
