package cn.banan.hrdesk.attachments.ui;

import cn.banan.hrdesk.attachments.AttachmentOwner;
import cn.banan.hrdesk.attachments.Attachments;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.TaskRunner;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** Opens the 附件 dialog of a record, from wherever the record is shown: a claim's page, a register's selected row. */
public final class AttachmentsOpener {
    private final Attachments service;
    private final Session session;
    private final TaskRunner runner;
    private final Texts texts;
    private final FileDialogs files;
    private final Dialogs dialogs;
    private final Consumer<Throwable> onFailure;

    public AttachmentsOpener(Attachments service, Session session, TaskRunner runner, Texts texts, FileDialogs files, Dialogs dialogs,
                             Consumer<Throwable> onFailure) {
        this.service = service;
        this.session = session;
        this.runner = runner;
        this.texts = texts;
        this.files = files;
        this.dialogs = dialogs;
        this.onFailure = onFailure;
    }

    /** {@code title}: what the files belong to, in words. */
    public void open(Window owner, AttachmentOwner kind, String ownerId, String title) {
        new AttachmentsDialog(new AttachmentsViewModel(service, session, runner, onFailure, kind, ownerId), texts, files, dialogs).show(owner, title);
    }

    /** 附件… beside a list, for its selected row: {@code rowId} is the record's id, {@code title} names it. */
    public <T> Button button(String id, TableView<T> table, AttachmentOwner kind, Function<T, String> rowId, Function<T, String> title) {
        Button b = Buttons.of(id, texts.get("attachments.button"), () -> {
            T row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                open(table.getScene().getWindow(), kind, rowId.apply(row), texts.label(kind) + " " + title.apply(row) + " ");
            }
        });
        b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return b;
    }
}
