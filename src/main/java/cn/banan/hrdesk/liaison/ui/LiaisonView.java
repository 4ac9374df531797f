package cn.banan.hrdesk.liaison.ui;

import cn.banan.hrdesk.audit.ui.RecordHistory;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.liaison.DeliveryResult;
import cn.banan.hrdesk.liaison.DeliveryResults;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.liaison.Matching;
import cn.banan.hrdesk.registers.RegisterExport;
import cn.banan.hrdesk.registers.RegisterRow;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.registers.ui.RegisterTabs;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

/** The 招工联络部 tab: recruitment tasks with their progress, intermediaries' results, majors, agreements, job fairs. */
public final class LiaisonView extends RegisterTabs {
    private final ObservableList<DeliveryResult> results = FXCollections.observableArrayList();
    private final DeliveryResults deliveries;

    public LiaisonView(RegisterService service, RegisterExport export, DeliveryResults deliveries, Matching matching, Session session,
                       TaskRunner runner, Texts texts, FileDialogs files, Dialogs dialogs, Consumer<Throwable> onFailure, RecordHistory history) {
        super(service, export, session, runner, texts, files, dialogs, onFailure, history);
        this.deliveries = deliveries;
        register("liaison-tasks", LiaisonRegisters.TASKS, tasks -> {
            // The bar says what the confirmed count says, with the quota: it replaces that column, next to the quota.
            tasks.table().getColumns().remove(tasks.table().getColumns().size() - 1);
            tasks.table().getColumns().add(3, progress(texts));
        });
        tab("liaison-results", texts.get("liaison.results.title"), () -> resultsTable(texts), pane -> reloadResults());
        register("liaison-posts", LiaisonRegisters.POSTS);
        register("liaison-seekers", LiaisonRegisters.SEEKERS, seekers -> {
            javafx.scene.control.Button match = cn.banan.hrdesk.ui.Buttons.of("seekers-match", texts.get("liaison.match"), () -> {
                RegisterRow seeker = seekers.table().getSelectionModel().getSelectedItem();
                if (seeker != null) {
                    runner.run(UiTask.of(null, p -> matching.forSeeker(seeker.id())).onSuccess(found ->
                            MatchDialog.show(getScene().getWindow(), seeker, found, texts)).onFailure(onFailure));
                }
            });
            match.disableProperty().bind(seekers.table().getSelectionModel().selectedItemProperty().isNull());
            seekers.addTool(match);
        });
        register("liaison-majors", LiaisonRegisters.MAJORS);
        register("liaison-agreements", LiaisonRegisters.AGREEMENTS);
        register("liaison-students", LiaisonRegisters.STUDENTS);
        register("liaison-fairs", LiaisonRegisters.FAIRS);
    }

    /** Confirmed placements against the quota, as a bar with the figures beside it. */
    private static TableColumn<RegisterRow, RegisterRow> progress(Texts texts) {
        TableColumn<RegisterRow, RegisterRow> col = new TableColumn<>(texts.get("liaison.task.progress"));
        col.setPrefWidth(220);
        col.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label figures = new Label();
            private final HBox box = new HBox(6, bar, figures);

            {
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(RegisterRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                long quota = Math.max(1, row.count("quota"));
                long done = row.count("confirmed");
                bar.setProgress(Math.min(1.0, (double) done / quota));
                bar.setPrefWidth(110);
                figures.setText(texts.get("liaison.task.progressText", done, row.count("quota"), Math.round(100.0 * done / quota)));
                setGraphic(box);
            }
        });
        return col;
    }

    private javafx.scene.layout.BorderPane resultsTable(Texts texts) {
        TableView<DeliveryResult> table = new TableView<>(results);
        table.setId("liaison-results-table");
        table.setPlaceholder(new Label(texts.get("common.none")));
        Columns.add(table, texts.get("liaison.results.intermediary"), 22, DeliveryResult::name);
        Columns.add(table, texts.get("liaison.results.delivered"), 8, DeliveryResult::delivered);
        Columns.add(table, texts.get("liaison.results.confirmed"), 8, DeliveryResult::confirmed);
        Columns.add(table, texts.get("liaison.results.retained"), 10, DeliveryResult::retained);
        Columns.add(table, texts.get("liaison.results.rate"), 8, r -> r.confirmed() == 0 ? "" : Math.round(100.0 * r.retained() / r.confirmed()) + "%");
        javafx.scene.layout.BorderPane pane = new javafx.scene.layout.BorderPane(table);
        pane.setPadding(new Insets(10));
        return pane;
    }

    private void reloadResults() {
        runner().run(UiTask.of(null, p -> deliveries.all()).onSuccess(results::setAll).onFailure(onFailure()));
    }
}
