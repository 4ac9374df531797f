package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.Texts;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A searched, paged list, with 新增 and 编辑 when it is given what they do (null: a list to read only). */
public final class SearchListView<T> extends BorderPane {
    private final TableView<T> table;

    public SearchListView(String id, Texts texts, StringProperty search, PagedList<T> list, Runnable create, Consumer<T> edit,
                   Node... extra) {
        TextField field = new TextField();
        field.setId(id + "-search");
        field.setPrefColumnCount(24);
        field.setPromptText(texts.get("registry.searchPrompt"));
        field.textProperty().bindBidirectional(search);
        table = new TableView<>(list.rows());
        table.setId(id + "-table");
        table.setPlaceholder(new Label(texts.get("common.none")));
        HBox top = new HBox(8);
        if (create != null) {
            table.setRowFactory(t -> {
                TableRow<T> row = new TableRow<>();
                row.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && !row.isEmpty()) {
                        edit.accept(row.getItem());
                    }
                });
                return row;
            });
            Button add = Buttons.of(id + "-new", texts.get("registry.new"), create);
            Button change = Buttons.of(id + "-edit", texts.get("registry.edit"),
                    () -> edit.accept(table.getSelectionModel().getSelectedItem()));
            change.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            top.getChildren().addAll(add, change);
        }
        top.getChildren().addAll(new Label(texts.get("registry.enterprise.search")), field);
        top.getChildren().addAll(extra);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(top);
        header.setPadding(new Insets(0, 0, 8, 0));
        setTop(header);
        setCenter(table);
        BorderPane.setMargin(table, new Insets(0, 0, 6, 0));
        setBottom(new Pager(list, texts, id + ".pager"));
        setPadding(new Insets(10));
    }

    public TableView<T> table() {
        return table;
    }
}
