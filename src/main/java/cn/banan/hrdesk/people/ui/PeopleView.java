package cn.banan.hrdesk.people.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.people.PersonRecord;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Columns;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** 人员查询: an ID number or part of a name, and every record of the people it finds. */
public final class PeopleView extends BorderPane {
    public PeopleView(PeopleViewModel vm) {
        Texts texts = vm.texts();
        TextField text = new TextField();
        text.setId("people-text");
        text.setPromptText(texts.get("people.prompt"));
        text.setPrefColumnCount(24);
        Button find = Buttons.of("people-find", texts.get("people.find"), () -> vm.find(text.getText()));
        find.setDefaultButton(true);
        text.setOnAction(e -> vm.find(text.getText()));
        HBox top = new HBox(8, new Label(texts.get("people.label")), text, find);
        top.setAlignment(Pos.CENTER_LEFT);
        TableView<PersonRecord> table = new TableView<>(vm.records());
        table.setId("people-table");
        table.setPlaceholder(new Label(texts.get("people.placeholder")));
        Columns.add(table, texts.get("registry.worker.residentId"), 12, vm::residentId);
        Columns.add(table, texts.get("registry.worker.name"), 11, PersonRecord::name);
        Columns.add(table, texts.get("people.col.record"), 8, r -> texts.label(r.kind()));
        Columns.add(table, texts.get("registry.enterprise.name"), 14, r -> r.enterprise() == null ? "" : r.enterprise());
        Columns.add(table, texts.get("people.col.date"), 7, r -> r.date() == null ? "" : r.date().toString());
        Columns.add(table, texts.get("people.col.claim"), 9, r -> r.claimNo() == null ? "" : r.claimNo());
        Columns.add(table, texts.get("people.col.rule"), 4, r -> r.rule() == null ? "" : r.rule());
        Columns.withTooltips(Columns.add(table, texts.get("people.col.result"), 14, vm::result));
        Columns.add(table, texts.get("claims.detail.amount"), 6, vm::amount);
        Label summary = new Label();
        summary.setId("people-summary");
        summary.textProperty().bind(vm.summary());
        VBox box = new VBox(8, top, summary);
        setTop(box);
        setCenter(table);
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));
        setPadding(new Insets(10));
    }
}
