package cn.banan.hrdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.prefs.Preferences;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A divider a person moved is where they left it the next time the split is built; a broken stored value is ignored. */
@ExtendWith(ApplicationExtension.class)
class SplitMemoryTest {
    @Test
    void aMovedDividerIsWhereItWasLeft(FxRobot robot) throws Exception {
        Preferences node = Preferences.userRoot().node("hrdesk-test/split-" + System.nanoTime());
        try {
            robot.interact(() -> {
                SplitPane first = new SplitMemory(node).remember(new SplitPane(new Pane(), new Pane()), "claims-lines", 0.3);
                assertThat(first.getDividerPositions()[0]).as("nothing kept yet: the default").isCloseTo(0.3, within(1e-9));
                first.setDividerPositions(0.7);
                SplitPane again = new SplitMemory(node).remember(new SplitPane(new Pane(), new Pane()), "claims-lines", 0.3);
                assertThat(again.getDividerPositions()[0]).isCloseTo(0.7, within(1e-9));
                node.putDouble("claims-lines-0", 5.0);
                SplitPane broken = new SplitMemory(node).remember(new SplitPane(new Pane(), new Pane()), "claims-lines", 0.3);
                assertThat(broken.getDividerPositions()[0]).as("a value that would hide a pane").isCloseTo(0.3, within(1e-9));
            });
        } finally {
            node.removeNode();
        }
    }
}
