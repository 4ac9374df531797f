package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.Texts;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * A form in a dialog with 保存 and 关闭. 保存 keeps the dialog open until the save succeeds, so problems can
 * show at the fields; the result is the saved record's id.
 */
public class FormDialog extends Dialog<String> {
    /** Starts the save; calls its argument with the id once stored. */
    @FunctionalInterface
    public interface SaveAction {
        void save(Consumer<String> onSaved);
    }

    public FormDialog(Window owner, String title, Node content, double width, Texts texts, String saveId, SaveAction action) {
        this(owner, title, content, width, texts, saveId, texts.get("common.save"), action);
    }

    /** The same with another word than 保存 on the button (登录, 创建 …). */
    public FormDialog(Window owner, String title, Node content, double width, Texts texts, String saveId, String saveText,
                      SaveAction action) {
        initOwner(owner);
        setTitle(title);
        setResizable(true);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(width);
        getDialogPane().setMinWidth(width);
        // Problems appear under their fields and make the form taller: grow the window so the buttons stay in view.
        content.layoutBoundsProperty().addListener((o, before, now) -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null && now.getHeight() > before.getHeight()) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        ButtonType save = new ButtonType(saveText, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(texts.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId(saveId);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            action.save(id -> {
                setResult(id);
                close();
            });
        });
        setResultConverter(b -> null);
    }

    /** Adds a button at the left of the button bar (修改记录) that does {@code action} and leaves the form open. */
    public FormDialog withExtraButton(String id, String text, Runnable action) {
        ButtonType extra = new ButtonType(text, ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().add(extra);
        Button b = (Button) getDialogPane().lookupButton(extra);
        b.setId(id);
        b.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            action.run();
        });
        return this;
    }
}
