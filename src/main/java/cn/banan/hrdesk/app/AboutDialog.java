package cn.banan.hrdesk.app;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.FileDialogs;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** 关于: the version, the database and its size, the site, the chain heads, the logs; a summary to copy for support. */
final class AboutDialog extends Dialog<Void> {
    AboutDialog(Window owner, Diagnostics diagnostics, Texts texts, FileDialogs files) {
        initOwner(owner);
        setTitle(texts.get("about.title"));
        setResizable(true);
        Label name = new Label(texts.get("app.title") + "  " + diagnostics.version());
        name.getStyleClass().add("claim-title");
        TextArea facts = new TextArea(diagnostics.summary());
        facts.setId("about-facts");
        facts.setEditable(false);
        facts.setWrapText(true);
        facts.setPrefRowCount(14);
        Label copied = new Label();
        copied.setId("about-copied");
        Path logs = diagnostics.logFolder();
        var openLogs = Buttons.of("about-logs", texts.get("about.openLogs"), () -> {
            if (!files.openInSystem(logs)) {
                copied.setText(texts.get("about.logsAt", logs));
            }
        });
        var copy = Buttons.of("about-copy", texts.get("about.copy"), () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(diagnostics.summary());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText(texts.get("about.copied"));
        });
        VBox box = new VBox(10, name, facts, new HBox(8, openLogs, copy), copied);
        box.setPadding(new Insets(8));
        box.setPrefWidth(720);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().add(new ButtonType(texts.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }
}
