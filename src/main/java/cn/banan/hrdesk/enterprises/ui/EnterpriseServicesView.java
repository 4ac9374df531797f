package cn.banan.hrdesk.enterprises.ui;

import cn.banan.hrdesk.audit.ui.RecordHistory;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.enterprises.EnterpriseServiceRegisters;
import cn.banan.hrdesk.enterprises.MonthFlow;
import cn.banan.hrdesk.enterprises.RecognitionGrants;
import cn.banan.hrdesk.enterprises.Retention;
import cn.banan.hrdesk.enterprises.TurnoverRow;
import cn.banan.hrdesk.registers.RegisterExport;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.registers.ui.RegisterTabs;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The 企业服务部 tab: enterprise requests (overdue ones stand out), demand verification, retention, park facilities. */
public final class EnterpriseServicesView extends RegisterTabs {
    private final Retention retention;
    private final ObservableList<TurnoverRow> high = FXCollections.observableArrayList();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final Spinner<Integer> threshold = new Spinner<>(1, 100, 10);

    public EnterpriseServicesView(RegisterService service, RegisterExport export, Retention retention, RecognitionGrants grants, Session session,
                                  TaskRunner runner, Texts texts, FileDialogs files, Dialogs dialogs, Clock clock, Consumer<Throwable> onFailure, RecordHistory history) {
        super(service, export, session, runner, texts, files, dialogs, onFailure, history);
        this.retention = retention;
        register("services-recognitions", EnterpriseServiceRegisters.RECOGNITIONS, recognitions -> {
            javafx.scene.control.Button record = cn.banan.hrdesk.ui.Buttons.of("recognition-record", texts.get("enterprises.recognition.record"), () -> {
                var row = recognitions.table().getSelectionModel().getSelectedItem();
                if (row != null) {
                    runner.run(UiTask.of(null, p -> grants.record(row.id())).onSuccess(made -> dialogs.info(getScene().getWindow(),
                            texts.get(made ? "enterprises.recognition.recorded" : "enterprises.recognition.already"))).onFailure(onFailure));
                }
            });
            record.disableProperty().bind(recognitions.table().getSelectionModel().selectedItemProperty().isNull());
            record.setVisible(session.may(cn.banan.hrdesk.security.Action.EDIT_REGISTRY)
                    && session.may(cn.banan.hrdesk.security.Action.EDIT_ENTERPRISE_SERVICES));
            recognitions.addTool(record);
        });
        register("services-requests", EnterpriseServiceRegisters.REQUESTS,
                requests -> requests.highlightOverdue(r -> EnterpriseServiceRegisters.overdue(r, LocalDate.now(clock))));
        register("services-demand", EnterpriseServiceRegisters.DEMAND);
        register("services-headcount", EnterpriseServiceRegisters.HEADCOUNT);
        tab("services-turnover", texts.get("enterprises.turnover.title"), () -> turnover(texts), box -> reloadTurnover());
        register("services-facilities", EnterpriseServiceRegisters.FACILITIES);
    }

    private VBox turnover(Texts texts) {
        threshold.setId("turnover-threshold");
        threshold.setEditable(true);
        threshold.valueProperty().addListener((o, a, b) -> reloadTurnover());
        HBox top = new HBox(8, new Label(texts.get("enterprises.turnover.threshold")), threshold, new Label("%"));
        top.setAlignment(Pos.CENTER_LEFT);
        TableView<TurnoverRow> table = new TableView<>(high);
        table.setId("turnover-table");
        table.setPlaceholder(new Label(texts.get("enterprises.turnover.none")));
        Columns.add(table, texts.get("registers.enterpriseName"), 20, TurnoverRow::enterpriseName);
        Columns.add(table, texts.get("enterprises.headcount.month"), 8, TurnoverRow::month);
        Columns.add(table, texts.get("enterprises.headcount.start"), 7, TurnoverRow::start);
        Columns.add(table, texts.get("enterprises.headcount.joiners"), 7, TurnoverRow::joiners);
        Columns.add(table, texts.get("enterprises.headcount.leavers"), 7, TurnoverRow::leavers);
        Columns.add(table, texts.get("enterprises.headcount.end"), 7, TurnoverRow::end);
        Columns.add(table, texts.get("enterprises.headcount.turnover"), 8, r -> r.turnoverPercent() + "%");
        chart.setId("turnover-chart");
        chart.setTitle(texts.get("enterprises.turnover.chart"));
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        VBox box = new VBox(8, top, table, chart);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private record Turnover(List<TurnoverRow> high, List<MonthFlow> flows) {
    }

    private void reloadTurnover() {
        int percent = threshold.getValue();
        runner().run(UiTask.of(null, p -> new Turnover(retention.above(percent), retention.flows())).onSuccess(t -> {
            high.setAll(t.high());
            XYChart.Series<String, Number> joiners = new XYChart.Series<>();
            joiners.setName(texts().get("enterprises.headcount.joiners"));
            XYChart.Series<String, Number> leavers = new XYChart.Series<>();
            leavers.setName(texts().get("enterprises.headcount.leavers"));
            for (MonthFlow f : t.flows()) {
                joiners.getData().add(new XYChart.Data<>(f.month(), f.joiners()));
                leavers.getData().add(new XYChart.Data<>(f.month(), f.leavers()));
            }
            chart.getData().setAll(List.of(joiners, leavers));
        }).onFailure(onFailure()));
    }
}
