package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Fields;
import cn.banan.hrdesk.ui.UiTask;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** 公示: pick reviewed claims, the first day and the length of the period, and save the list to post. */
final class NoticeDialog {
    private NoticeDialog() {
    }

    private record Answer(List<String> claimIds, LocalDate start, int days) {
    }

    static void open(Window owner, ClaimsContext ctx, Runnable done) {
        Texts t = ctx.texts();
        ctx.runner().run(UiTask.of(null, p -> ctx.notices().candidates()).onSuccess(candidates -> {
            Dialog<Answer> d = new Dialog<>();
            d.initOwner(owner);
            d.setTitle(t.get("notice.dialog.title"));
            TableView<ClaimSummary> table = new TableView<>(FXCollections.observableArrayList(candidates));
            table.setId("notice-claims");
            table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
            table.getSelectionModel().selectAll();
            table.setPlaceholder(new Label(t.get("notice.dialog.none")));
            Columns.add(table, t.get("claims.list.no"), 10, ClaimSummary::claimNo);
            Columns.add(table, t.get("claims.list.claimant"), 16, ClaimSummary::claimantName);
            Columns.add(table, t.get("claims.list.status"), 6, c -> t.label(c.status()));
            Columns.add(table, t.get("claims.list.amount"), 7, c -> c.amount().toYuanString());
            DatePicker start = Fields.isoDate(new DatePicker(LocalDate.now(ctx.clock())));
            start.setId("notice-start");
            Spinner<Integer> days = new Spinner<>(1, 60, 7);
            days.setId("notice-days");
            HBox when = new HBox(8, new Label(t.get("notice.dialog.start")), start, new Label(t.get("notice.dialog.days")), days);
            VBox content = new VBox(10, new Label(t.get("notice.dialog.hint")), table, when);
            content.setPadding(new Insets(4));
            d.getDialogPane().setContent(content);
            d.getDialogPane().setPrefWidth(760);
            d.getDialogPane().setMinWidth(760);
            ButtonType ok = new ButtonType(t.get("notice.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
            d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(t.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            d.getDialogPane().lookupButton(ok).disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            d.setResultConverter(b -> b == ok ? new Answer(table.getSelectionModel().getSelectedItems().stream().map(ClaimSummary::id).toList(),
                    start.getValue(), days.getValue()) : null);
            d.showAndWait().ifPresent(a -> ctx.files().save(t.get("notice.choose"), t.get("notice.fileName")).ifPresent(file ->
                    ctx.runner().run(UiTask.of(t.get("notice.writing"), p -> ctx.notices().publish(a.claimIds(), a.start(), a.days(), file))
                            .onSuccess(n -> {
                                ctx.dialogs().info(owner, t.get("notice.done", n.noticeNo(), n.startsOn(), n.endsOn(), file));
                                done.run();
                            }).onFailure(ctx.onFailure()))));
        }).onFailure(ctx.onFailure()));
    }
}
