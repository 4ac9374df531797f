package cn.banan.hrdesk.liaison.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.liaison.PostMatch;
import cn.banan.hrdesk.registers.RegisterRow;
import cn.banan.hrdesk.ui.Columns;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The posts a job seeker may fit, best paid first. */
final class MatchDialog {
    private MatchDialog() {
    }

    static void show(Window owner, RegisterRow seeker, List<PostMatch> found, Texts texts) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(texts.get("liaison.match"));
        TableView<PostMatch> table = new TableView<>(FXCollections.observableArrayList(found));
        table.setId("match-table");
        table.setPlaceholder(new Label(texts.get("liaison.match.none")));
        Columns.add(table, texts.get("registers.enterpriseName"), 18, PostMatch::enterpriseName);
        Columns.add(table, texts.get("liaison.post.post"), 10, PostMatch::post);
        Columns.add(table, texts.get("liaison.post.openings"), 6, PostMatch::openings);
        Columns.add(table, texts.get("liaison.match.wage"), 10, m -> m.wageMin() + "–" + m.wageMax());
        Columns.withTooltips(Columns.add(table, texts.get("liaison.post.requirements"), 18, PostMatch::requirements));
        Label head = new Label(texts.get("liaison.match.head", seeker.get("name"), seeker.get("wanted_post"), seeker.count("expected_wage")));
        head.getStyleClass().add("section-title");
        d.getDialogPane().setContent(new VBox(8, head, table));
        d.getDialogPane().setPrefWidth(820);
        d.getDialogPane().setMinWidth(820);
        d.getDialogPane().getButtonTypes().add(new ButtonType(texts.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.show();
    }
}
