package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.Texts;
import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks for the reason of a step that needs one (作废 …); empty when cancelled or left blank. */
public final class AskReason {
    private AskReason() {
    }

    public static Optional<String> ask(Window owner, Texts texts, String title, String header) {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(owner);
        ask.setTitle(title);
        ask.setHeaderText(header);
        ask.setContentText(texts.get("voiding.reason"));
        ask.getEditor().setId("void-reason");
        return ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
