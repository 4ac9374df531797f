package cn.banan.hrdesk.exchange.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.exchange.SyncConflict;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The two sides of a conflict side by side, the fields that differ first and marked. Two versions of one row: keep
 * the one here, take the other, or merge by choosing a side for each differing field. Two rows on one key: keep one.
 */
final class ConflictDialog {
    record Choice(SyncConflict.Settlement how, Map<String, Object> merged) {
    }

    private final Texts texts;
    private final ExchangeLabels labels;
    private final ConflictSides sides;

    ConflictDialog(Texts texts, ExchangeLabels labels, ConflictSides sides) {
        this.texts = texts;
        this.labels = labels;
        this.sides = sides;
    }

    Optional<Choice> ask(Window owner) {
        SyncConflict c = sides.conflict();
        boolean versions = c.kind() == SyncConflict.Kind.VERSION;
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(texts.get("exchange.settle.title"));
        d.setHeaderText(texts.get(versions ? "exchange.settle.versions" : "exchange.settle.duplicates",
                labels.table(c.table()).orElse(c.table()), c.otherSite()));
        GridPane grid = new GridPane();
        grid.setId("conflict-fields");
        grid.setHgap(14);
        grid.setVgap(6);
        grid.addRow(0, heading("exchange.settle.field"), heading(versions ? "exchange.settle.here" : "exchange.settle.first"),
                heading(versions ? "exchange.settle.other" : "exchange.settle.second"));
        Map<String, ToggleGroup> picks = new LinkedHashMap<>();
        int row = 1;
        for (String field : sides.fields()) {
            Label name = new Label(labels.column(c.table(), field));
            Label here = value(labels.value(c.table(), field, ConflictSides.value(sides.here(), field)));
            Label other = value(labels.value(c.table(), field, ConflictSides.value(sides.other(), field)));
            if (sides.differs(field)) {
                for (Label l : new Label[] {name, here, other}) {
                    l.getStyleClass().add("conflict-differs");
                }
            }
            grid.addRow(row, name, here, other);
            if (versions && sides.differs(field)) {
                ToggleGroup pick = new ToggleGroup();
                RadioButton a = new RadioButton(texts.get("exchange.settle.pickHere"));
                RadioButton b = new RadioButton(texts.get("exchange.settle.pickOther"));
                a.setToggleGroup(pick);
                b.setToggleGroup(pick);
                a.setSelected(true);
                a.setId("pick-here-" + field);
                b.setId("pick-other-" + field);
                grid.add(a, 3, row);
                grid.add(b, 4, row);
                picks.put(field, pick);
            }
            row++;
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setPrefViewportHeight(360);
        scroll.setPrefViewportWidth(980);
        d.getDialogPane().setMinWidth(1020);
        d.setResizable(true);
        d.getDialogPane().setContent(new VBox(10, scroll, new Label(texts.get("exchange.settle.note"))));
        ButtonType keep = new ButtonType(texts.get(versions ? "exchange.settle.keepHere" : "exchange.settle.keepFirst"), ButtonBar.ButtonData.LEFT);
        ButtonType take = new ButtonType(texts.get(versions ? "exchange.settle.takeOther" : "exchange.settle.keepSecond"), ButtonBar.ButtonData.LEFT);
        ButtonType merge = new ButtonType(texts.get("exchange.settle.merge"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(versions ? new ButtonType[] {keep, take, merge, cancel} : new ButtonType[] {keep, take, cancel});
        d.getDialogPane().lookupButton(keep).setId("settle-keep");
        d.getDialogPane().lookupButton(take).setId("settle-take");
        if (versions) {
            d.getDialogPane().lookupButton(merge).setId("settle-merge");
        }
        d.setResultConverter(b -> {
            if (b == keep) {
                return new Choice(SyncConflict.Settlement.KEPT_THIS, null);
            }
            if (b == take) {
                return new Choice(SyncConflict.Settlement.TOOK_OTHER, null);
            }
            if (b == merge) {
                Map<String, Object> merged = new LinkedHashMap<>(sides.here().values());
                picks.forEach((field, pick) -> {
                    if (pick.getToggles().get(1).isSelected()) {
                        merged.put(field, ConflictSides.value(sides.other(), field));
                    }
                });
                return new Choice(SyncConflict.Settlement.MERGED, merged);
            }
            return null;
        });
        return d.showAndWait();
    }

    private Label heading(String key) {
        Label l = new Label(texts.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private Label value(String v) {
        Label l = new Label(v);
        l.setWrapText(true);
        l.setMaxWidth(280);
        return l;
    }
}
