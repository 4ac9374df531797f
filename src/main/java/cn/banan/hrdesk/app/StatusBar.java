package cn.banan.hrdesk.app;

import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.FxTaskRunner;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Site and database file on the left; the running long task with its progress and a cancel button on the right. */
final class StatusBar extends HBox {
    StatusBar(Site site, Path database, FxTaskRunner runner, Texts texts) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label siteLabel = new Label(texts.get("app.status.site", site));
        siteLabel.setId("status-site");
        Label dbLabel = new Label(texts.get("app.status.database", database));
        dbLabel.setId("status-database");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label message = new Label();
        message.setId("status-task");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(220);
        Button cancel = new Button(texts.get("common.cancel"));
        cancel.setId("status-cancel");
        HBox task = new HBox(8, message, bar, cancel);
        task.setAlignment(Pos.CENTER_RIGHT);
        task.visibleProperty().bind(runner.current().isNotNull());
        runner.current().addListener((o, old, now) -> {
            message.textProperty().unbind();
            bar.progressProperty().unbind();
            if (now != null) {
                message.textProperty().bind(now.messageProperty());
                bar.progressProperty().bind(now.progressProperty());
                cancel.setOnAction(e -> now.cancel());
            }
        });
        getChildren().addAll(siteLabel, dbLabel, gap, task);
    }
}
