package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Choice;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Pager;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The claims list: 新建申报 and the other actions, search and filters, a page of claims and the pager. */
final class ClaimListPane extends BorderPane {
    /** The notice is of 2014: no claim is for an earlier year. */
    private static final int FIRST_YEAR = 2014;
    private final TableView<ClaimSummary> table;
    private final Texts texts;
    private final HBox actions;
    private Runnable create;

    ClaimListPane(ClaimListViewModel vm, Texts texts, int thisYear, Runnable create, Runnable parameters) {
        this.create = create;
        this.texts = texts;
        table = new TableView<>(vm.list().rows());
        table.setId("claims-table");
        table.setPlaceholder(new Label(texts.get("claims.list.empty")));
        Columns.add(table, texts.get("claims.list.no"), 9, ClaimSummary::claimNo);
        Columns.add(table, texts.get("claims.list.claimant"), 14, ClaimSummary::claimantName);
        Columns.add(table, texts.get("claims.list.rule"), 3, ClaimSummary::rule);
        Columns.add(table, texts.get("claims.list.status"), 6, c -> texts.label(c.status()));
        Columns.add(table, texts.get("claims.list.lines"), 5, c -> c.eligibleLines() + "/" + c.lines());
        Columns.add(table, texts.get("claims.list.amount"), 7, c -> c.amount().toYuanString());
        Columns.add(table, texts.get("claims.list.flags"), 5, ClaimSummary::openFlags);
        actions = new HBox(8, Buttons.of("claims-new", texts.get("claims.list.new"), () -> this.create.run()),
                Buttons.of("claims-parameters", texts.get("params.open"), parameters));
        VBox top = new VBox(8, actions, filters(vm, thisYear));
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        setCenter(table);
        setBottom(new Pager(vm.list(), texts, "claims-pager"));
        setPadding(new Insets(10));
    }

    private FlowPane filters(ClaimListViewModel vm, int thisYear) {
        TextField search = new TextField();
        search.setId("claims-search");
        search.setPromptText(texts.get("claims.list.searchPrompt"));
        search.setPrefColumnCount(16);
        search.textProperty().bindBidirectional(vm.search());
        List<Choice<Integer>> years = new ArrayList<>();
        years.add(new Choice<>(null, texts.get("common.all")));
        for (int y = thisYear; y >= FIRST_YEAR; y--) {
            years.add(new Choice<>(y, String.valueOf(y)));
        }
        CheckBox flagged = new CheckBox(texts.get("claims.list.openFlagsOnly"));
        flagged.setId("claims-openFlagsOnly");
        flagged.selectedProperty().bindBidirectional(vm.openFlagsOnly());
        FlowPane filters = new FlowPane(8, 6, new Label(texts.get("claims.list.search")), search,
                new Label(texts.get("claims.list.rule")), Choice.filterBox("claims-ruleFilter", Choice.withAll(texts, Rule.values()), vm.rule()::set),
                new Label(texts.get("claims.list.status")),
                Choice.filterBox("claims-statusFilter", Choice.withAll(texts, ClaimStatus.values()), vm.status()::set),
                new Label(texts.get("claims.list.year")), Choice.filterBox("claims-yearFilter", years, vm.year()::set),
                new Label(texts.get("claims.list.source")),
                Choice.filterBox("claims-sourceFilter", Choice.withAll(texts, FundingSource.values()), vm.source()::set), flagged);
        filters.setAlignment(Pos.CENTER_LEFT);
        return filters;
    }

    /** 公示 (for the roles that publish) and batch printing of approval forms. */
    void addButtons(boolean mayPublish, Runnable publish, Runnable printBatch) {
        if (mayPublish) {
            actions.getChildren().add(Buttons.of("claims-notice", texts.get("notice.open"), publish));
        }
        actions.getChildren().add(Buttons.of("claims-printBatch", texts.get("forms.batch"), printBatch));
    }

    /** 代发清单…, for those who pay. */
    void addBankLists(Runnable open) {
        actions.getChildren().add(Buttons.of("claims-bank", texts.get("payments.dialog.title") + "…", open));
    }

    void setCreateVisible(boolean visible) {
        actions.getChildren().get(0).setVisible(visible);
        actions.getChildren().get(0).setManaged(visible);
    }

    void setCreate(Runnable create) {
        this.create = create;
    }

    /** {@code open} is told of the claim a person clicks or presses Enter on. */
    void onOpen(java.util.function.Consumer<ClaimSummary> open) {
        // on a row only: a click on a column header (to sort) or below the last row opens nothing
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<ClaimSummary> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ClaimSummary c = table.getSelectionModel().getSelectedItem();
            if (c != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                open.accept(c);
            }
        });
    }

    TableView<ClaimSummary> table() {
        return table;
    }
}
