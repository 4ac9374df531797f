package cn.banan.hrdesk.backup.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 系统 › 备份与恢复: 备份到… a folder the user picks; 从备份恢复… (the administrator's), checked and confirmed first; the
 * copies made on closing and how many are kept.
 */
public final class BackupDialog extends Dialog<Void> {
    /**
     * {@code mayRestore}: the signed-in role may restore and set how many copies are kept (the service checks again);
     * {@code restore}: closes the database, puts the confirmed backup in its place and opens it again.
     */
    public BackupDialog(Window owner, BackupViewModel vm, Texts texts, FileDialogs files, Dialogs dialogs, boolean mayRestore,
                        Consumer<Path> restore) {
        initOwner(owner);
        setTitle(texts.get("backup.window.title"));
        setResizable(true);
        Label database = new Label(vm.database());
        database.setWrapText(true);
        Button backUp = Buttons.of("backup-to", texts.get("backup.window.backUpTo"), () -> files.folder(texts.get("backup.window.backUpTo"))
                .ifPresent(vm::backUpTo));
        Label backUpNote = note(texts.get("backup.window.backUpNote"));
        Button restoreButton = Buttons.of("backup-restore", texts.get("backup.window.restore"), () -> files.open(texts.get("backup.window.restore"), "db")
                .ifPresent(file -> vm.check(file, facts -> {
                    if (dialogs.confirm(getDialogPane().getScene().getWindow(), vm.confirmation(facts))) {
                        close();
                        restore.accept(file);
                    }
                })));
        Label restoreNote = note(texts.get("backup.window.restoreNote"));

        Label automaticTitle = new Label(texts.get("backup.window.automatic", vm.folder()));
        automaticTitle.setWrapText(true);
        Spinner<Integer> keep = new Spinner<>(1, 100, 7);
        keep.setId("backup-keep");
        keep.setEditable(true);
        keep.setPrefWidth(90);
        vm.keep().addListener((o, a, n) -> keep.getValueFactory().setValue(n.intValue()));
        Button saveKeep = Buttons.of("backup-saveKeep", texts.get("common.save"), () -> vm.saveKeep(keep.getValue()));
        HBox keepRow = new HBox(8, new Label(texts.get("backup.window.keep")), keep, new Label(texts.get("backup.window.copies")), saveKeep);
        keepRow.setAlignment(Pos.CENTER_LEFT);
        keep.setDisable(!mayRestore);
        saveKeep.setVisible(mayRestore);
        ListView<Path> copies = new ListView<>(vm.automatic());
        copies.setId("backup-copies");
        copies.setPrefHeight(160);
        copies.setPlaceholder(new Label(texts.get("backup.window.noCopies")));
        copies.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.describe(item));
            }
        });
        Label message = new Label();
        message.setId("backup-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.message());

        VBox content = new VBox(10, database, row(backUp, backUpNote));
        if (mayRestore) {
            content.getChildren().add(row(restoreButton, restoreNote));
        }
        content.getChildren().addAll(new Separator(), automaticTitle, keepRow, copies, message);
        content.setPadding(new Insets(8));
        content.setPrefWidth(720);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(new ButtonType(texts.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        vm.load();
    }

    private static HBox row(Button button, Label note) {
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(12, button, note);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        return l;
    }
}
