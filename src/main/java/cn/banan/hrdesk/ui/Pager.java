package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.Texts;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** 上一页 / 下一页 and "第 x / y 页，共 n 条" under a paged table. */
public final class Pager extends HBox {
    public Pager(PagedList<?> list, Texts texts, String idPrefix) {
        super(8);
        setAlignment(Pos.CENTER_RIGHT);
        Button previous = new Button(texts.get("common.previousPage"));
        previous.setId(idPrefix + "-previous");
        previous.setOnAction(e -> list.previous());
        previous.disableProperty().bind(list.page().isEqualTo(0));
        Button next = new Button(texts.get("common.nextPage"));
        next.setId(idPrefix + "-next");
        next.setOnAction(e -> list.next());
        next.disableProperty().bind(list.page().add(1).greaterThanOrEqualTo(list.pageCount()));
        Label summary = new Label();
        summary.setId(idPrefix + "-summary");
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("common.pageSummary", list.page().get() + 1, list.pageCount().get(), list.total().get()),
                list.page(), list.pageCount(), list.total()));
        getChildren().addAll(summary, previous, next);
    }
}
