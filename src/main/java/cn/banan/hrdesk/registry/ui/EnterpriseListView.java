package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.EnterpriseRow;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Choice;
import cn.banan.hrdesk.ui.Pager;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The enterprise list: search, three filters, a paged table and the actions above it. */
public final class EnterpriseListView extends BorderPane {
    /** What the buttons and a double-click ask for; the registry tab decides how. */
    public interface Actions {
        void create();

        void edit(EnterpriseRow row);

        void importFile();

        void exportFile();

        void template();
    }

    public EnterpriseListView(EnterpriseListViewModel vm, Texts texts, Actions actions) {
        TextField search = new TextField();
        search.setId("enterprise-search");
        search.setPromptText(texts.get("registry.enterprise.searchPrompt"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(vm.search());
        ChoiceBox<Choice<Tier>> tier = Choice.filterBox("enterprise-tierFilter", Choice.withAll(texts, Tier.values()), vm.tier()::set);
        ChoiceBox<Choice<Park>> park = Choice.filterBox("enterprise-parkFilter", Choice.withAll(texts, Park.values()), vm.park()::set);
        ChoiceBox<Choice<RecognitionFilter>> recognition = Choice.filterBox("enterprise-recognitionFilter",
                Choice.withAll(texts, RecognitionFilter.values()), vm.recognition()::set);
        HBox filters = new HBox(8, new Label(texts.get("registry.enterprise.search")), search,
                new Label(texts.get("registry.enterprise.tier")), tier, new Label(texts.get("registry.enterprise.park")), park,
                new Label(texts.get("registry.enterprise.recognition")), recognition);
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Button create = Buttons.of("enterprise-new", texts.get("registry.enterprise.new"), actions::create);
        Button imp = Buttons.of("enterprise-import", texts.get("registry.enterprise.import"), actions::importFile);
        Button exp = Buttons.of("enterprise-export", texts.get("registry.enterprise.export"), actions::exportFile);
        Button tpl = Buttons.of("enterprise-template", texts.get("registry.enterprise.template"), actions::template);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, create, gap, tpl, imp, exp);

        TableView<EnterpriseRow> table = new TableView<>(vm.list().rows());
        table.setId("enterprise-table");
        table.setPlaceholder(new Label(texts.get("registry.enterprise.empty")));
        Columns.add(table, texts.get("registry.enterprise.name"), 22, EnterpriseRow::name);
        Columns.add(table, texts.get("registry.enterprise.creditCode"), 14, EnterpriseRow::creditCode);
        Columns.add(table, texts.get("registry.enterprise.park"), 9, r -> texts.label(r.park()));
        Columns.add(table, texts.get("registry.enterprise.tierToday"), 15, r -> r.tier() == null ? texts.get("registry.enterprise.noTier") : texts.label(r.tier()));
        Columns.add(table, texts.get("registry.enterprise.recognizedToday"), 6, r -> texts.get(r.recognized() ? "common.yes" : "common.no"));
        table.setRowFactory(t -> {
            TableRow<EnterpriseRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.edit(row.getItem());
                }
            });
            return row;
        });
        Button edit = Buttons.of("enterprise-edit", texts.get("registry.enterprise.edit"),
                () -> actions.edit(table.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        buttons.getChildren().add(1, edit);

        VBox top = new VBox(8, buttons, filters);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        setCenter(table);
        BorderPane.setMargin(table, new Insets(0, 0, 6, 0));
        setBottom(new Pager(vm.list(), texts, "enterprise-pager"));
        setPadding(new Insets(10));
    }
}
