package cn.banan.hrdesk.attachments.ui;

import cn.banan.hrdesk.attachments.Attachment;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.AskReason;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** 附件 of one record: the list, 添加…, 打开 (with the system's viewer) and 作废… for those who may change the record. */
public final class AttachmentsDialog {
    private static final String KINDS = "pdf,ofd,jpg,jpeg,png,tif,tiff,bmp,gif,webp";
    private final AttachmentsViewModel vm;
    private final Texts t;
    private final FileDialogs files;
    private final Dialogs dialogs;

    public AttachmentsDialog(AttachmentsViewModel vm, Texts texts, FileDialogs files, Dialogs dialogs) {
        this.vm = vm;
        this.t = texts;
        this.files = files;
        this.dialogs = dialogs;
    }

    /** {@code title}: what the files belong to, in words ("申报 2026-OFC-0001"). */
    public void show(Window owner, String title) {
        TableView<Attachment> table = new TableView<>(vm.attachments());
        table.setId("attachments-table");
        table.setPlaceholder(new Label(t.get("attachments.none")));
        Columns.withTooltips(Columns.add(table, t.get("attachments.col.name"), 22, Attachment::fileName));
        Columns.add(table, t.get("attachments.col.size"), 6, Attachment::size);
        Columns.add(table, t.get("attachments.col.by"), 9, Attachment::addedBy);
        Columns.add(table, t.get("attachments.col.on"), 7, Attachment::addedOn);
        Button add = Buttons.of("attachments-add", t.get("attachments.add"), () -> files.open(t.get("attachments.choose"), KINDS)
                .ifPresent(f -> vm.add(f, "")));
        Button open = Buttons.of("attachments-open", t.get("attachments.open"), () -> vm.open(table.getSelectionModel().getSelectedItem(),
                copy -> {
                    if (!files.openInSystem(copy)) {
                        dialogs.info(owner, t.get("attachments.copied", copy));
                    }
                }));
        Button remove = Buttons.of("attachments-void", t.get("attachments.void"), () -> AskReason.ask(owner, t, t.get("attachments.void"),
                t.get("voiding.header", table.getSelectionModel().getSelectedItem().fileName()))
                .ifPresent(reason -> vm.voidAttachment(table.getSelectionModel().getSelectedItem(), reason)));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        for (Button b : new Button[] {add, remove}) {
            b.setVisible(vm.mayChange());
            b.setManaged(vm.mayChange());
        }
        Label heading = new Label(t.get("attachments.heading", title));
        heading.getStyleClass().add("section-title");
        VBox content = new VBox(8, heading, table, new HBox(8, add, open, remove), new Label(t.get("attachments.limits")));
        content.setPadding(new Insets(4));
        content.setPrefHeight(380);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(t.get("attachments.title"));
        d.setResizable(true);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setPrefWidth(760);
        d.getDialogPane().setMinWidth(760);
        d.getDialogPane().getButtonTypes().add(new ButtonType(t.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        vm.reload();
        d.showAndWait();
    }
}
