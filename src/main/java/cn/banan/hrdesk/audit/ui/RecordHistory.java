package cn.banan.hrdesk.audit.ui;

import cn.banan.hrdesk.audit.AuditEntry;
import cn.banan.hrdesk.audit.AuditService;
import cn.banan.hrdesk.audit.AuditWords;
import cn.banan.hrdesk.audit.Referents;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** A record's 修改记录: every write of it (and of the rows that belong to it), oldest first, in words. */
public final class RecordHistory {
    private final AuditService audit;
    private final AuditWords words;
    private final TaskRunner runner;
    private final Texts texts;
    private final Consumer<Throwable> onFailure;

    public RecordHistory(AuditService audit, AuditWords words, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        this.words = words;
        this.audit = audit;
        this.runner = runner;
        this.texts = texts;
        this.onFailure = onFailure;
    }

    public String buttonText() {
        return texts.get("audit.history");
    }

    /** Gives a form of a stored record (not a new one: {@code rowId} null) a 修改记录 button; returns the form. */
    public <D extends cn.banan.hrdesk.ui.FormDialog> D attach(D form, String table, String rowId) {
        if (rowId != null) {
            form.withExtraButton(table + "-history", buttonText(), () -> show(form.getDialogPane().getScene().getWindow(), table, rowId));
        }
        return form;
    }

    /** Fetches the record's history in the background, then shows it in a dialog over {@code owner}. */
    public void show(Window owner, String table, String rowId) {
        runner.run(UiTask.of(null, p -> {
            List<AuditEntry> entries = audit.history(table, rowId);
            return new Named(entries, audit.referents(entries));
        }).onSuccess(named -> dialog(owner, named.entries(), table + "_id", named.referents()).show()).onFailure(onFailure));
    }

    private record Named(List<AuditEntry> entries, Referents referents) {
    }

    private Dialog<Void> dialog(Window owner, List<AuditEntry> entries, String known, Referents referents) {
        boolean full = audit.showsPersonalData();
        TableView<AuditEntry> table = new TableView<>(FXCollections.observableArrayList(entries));
        table.setId("history-entries");
        table.setPlaceholder(new Label(texts.get("audit.none")));
        Columns.add(table, texts.get("audit.col.at"), 9, words::when);
        Columns.add(table, texts.get("audit.col.who"), 13, words::who);
        Columns.add(table, texts.get("audit.col.table"), 7, e -> words.table(e.table()));
        Columns.add(table, texts.get("audit.col.op"), 5, words::op);
        Columns.withTooltips(Columns.add(table, texts.get("audit.col.changes"), 42, e -> words.changes(e, full, known, referents)));
        table.setPrefSize(1100, 460);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(texts.get("audit.history.title"));
        d.setResizable(true);
        d.getDialogPane().setContent(table);
        d.getDialogPane().setPrefSize(1140, 540);
        d.getDialogPane().setMinSize(1140, 540);
        d.getDialogPane().getButtonTypes().add(new ButtonType(texts.get("common.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        return d;
    }
}
