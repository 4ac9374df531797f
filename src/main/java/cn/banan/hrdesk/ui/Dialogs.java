package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Message boxes in the program's words, with text that wraps rather than being cut off. */
public final class Dialogs {
    private final Texts texts;

    public Dialogs(Texts texts) {
        this.texts = texts;
    }

    public void error(Window owner, String message) {
        show(owner, Alert.AlertType.ERROR, texts.get("common.errorTitle"), message);
    }

    /** For errors before the main window exists, where nothing else would keep the program alive. */
    public void errorAndWait(Window owner, String message) {
        alert(owner, Alert.AlertType.ERROR, texts.get("common.errorTitle"), message).showAndWait();
    }

    public void info(Window owner, String message) {
        show(owner, Alert.AlertType.INFORMATION, texts.get("common.infoTitle"), message);
    }

    /** For news before the main window exists (the database was upgraded): read before going on. */
    public void infoAndWait(Window owner, String message) {
        alert(owner, Alert.AlertType.INFORMATION, texts.get("common.infoTitle"), message).showAndWait();
    }

    public boolean confirm(Window owner, String message) {
        Alert a = alert(owner, Alert.AlertType.CONFIRMATION, texts.get("common.confirmTitle"), message);
        ButtonType yes = new ButtonType(texts.get("common.yes"), ButtonBar.ButtonData.YES);
        a.getButtonTypes().setAll(yes, new ButtonType(texts.get("common.no"), ButtonBar.ButtonData.NO));
        return a.showAndWait().filter(b -> b == yes).isPresent();
    }

    private void show(Window owner, Alert.AlertType type, String title, String message) {
        alert(owner, type, title, message).show();
    }

    private static Alert alert(Window owner, Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        a.getDialogPane().setContent(text);
        return a;
    }
}
