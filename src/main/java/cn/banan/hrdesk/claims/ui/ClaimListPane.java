package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Columns;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The claims list, with 新建申报 above it. */
final class ClaimListPane extends BorderPane {
    private final TableView<ClaimSummary> table;
    private final Texts texts;
    private Runnable create;

    ClaimListPane(ClaimListViewModel vm, Texts texts, Runnable create, Runnable parameters) {
        this.create = create;
        this.texts = texts;
        table = new TableView<>(vm.claims());
        table.setId("claims-table");
        table.setPlaceholder(new Label(texts.get("claims.list.empty")));
        Columns.add(table, texts.get("claims.list.no"), 9, ClaimSummary::claimNo);
        Columns.add(table, texts.get("claims.list.claimant"), 13, ClaimSummary::claimantName);
        Columns.add(table, texts.get("claims.list.rule"), 3, ClaimSummary::rule);
        Columns.add(table, texts.get("claims.list.status"), 7, c -> texts.label(c.status()));
        Columns.add(table, texts.get("claims.list.lines"), 5, c -> c.eligibleLines() + "/" + c.lines());
        Columns.add(table, texts.get("claims.list.amount"), 7, c -> c.amount().toYuanString());
        Columns.add(table, texts.get("claims.list.flags"), 4, ClaimSummary::openFlags);
        HBox top = new HBox(8, Buttons.of("claims-new", texts.get("claims.list.new"), () -> this.create.run()),
                Buttons.of("claims-parameters", texts.get("params.open"), parameters));
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        setCenter(table);
        setPadding(new Insets(10));
    }

    /** 公示 (for the roles that publish) and batch printing of approval forms. */
    void addButtons(boolean mayPublish, Runnable publish, Runnable printBatch) {
        HBox top = (HBox) getTop();
        if (mayPublish) {
            top.getChildren().add(Buttons.of("claims-notice", texts.get("notice.open"), publish));
        }
        top.getChildren().add(Buttons.of("claims-printBatch", texts.get("forms.batch"), printBatch));
    }

    void setCreateVisible(boolean visible) {
        ((HBox) getTop()).getChildren().get(0).setVisible(visible);
        ((HBox) getTop()).getChildren().get(0).setManaged(visible);
    }

    void setCreate(Runnable create) {
        this.create = create;
    }

    /** Selects the claim {@code id}, if the list holds it. */
    void select(String id) {
        table.getItems().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> {
            table.getSelectionModel().select(c);
            table.scrollTo(c);
        });
    }

    TableView<ClaimSummary> table() {
        return table;
    }
}
