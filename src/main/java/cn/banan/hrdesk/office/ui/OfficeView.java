package cn.banan.hrdesk.office.ui;

import cn.banan.hrdesk.audit.ui.RecordHistory;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.office.ChannelMonth;
import cn.banan.hrdesk.office.OfficeRegisters;
import cn.banan.hrdesk.office.PublicityChannel;
import cn.banan.hrdesk.office.PublicityStats;
import cn.banan.hrdesk.office.WorkFund;
import cn.banan.hrdesk.office.MonthlyReportWriter;
import java.time.YearMonth;
import cn.banan.hrdesk.registers.RegisterExport;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.registers.ui.RegisterTabs;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.BorderPane;

/** The 综合管理部 tab: staff and liaisons, meetings and their follow-up (overdue ones stand out), publicity with its chart. */
public final class OfficeView extends RegisterTabs {
    private final PublicityStats stats;
    private final StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());

    public OfficeView(RegisterService service, RegisterExport export, PublicityStats stats, WorkFund fund, MonthlyReportWriter report, Session session,
                      TaskRunner runner, Texts texts, FileDialogs files, Dialogs dialogs, Clock clock, Consumer<Throwable> onFailure, RecordHistory history,
                      cn.banan.hrdesk.attachments.ui.AttachmentsOpener attachments) {
        super(service, export, session, runner, texts, files, dialogs, onFailure, history);
        this.stats = stats;
        tab("office-workfund", texts.get("office.workFund.title"), () -> {
            var expenditures = view(OfficeRegisters.EXPENDITURES);
            expenditures.addTool(attachments.button("expenditures-attachments", expenditures.table(),
                    cn.banan.hrdesk.attachments.AttachmentOwner.EXPENDITURE, cn.banan.hrdesk.registers.RegisterRow::id,
                    r -> r.get("voucher_no") + " " + r.get("purpose")));
            return new WorkFundPane(fund, expenditures, session, runner, texts, clock, onFailure);
        }, WorkFundPane::reload);
        register("office-group", cn.banan.hrdesk.office.LeadingGroupRegisters.MEMBERS);
        register("office-staff", OfficeRegisters.STAFF);
        register("office-meetings", OfficeRegisters.MEETINGS, meetings -> meetings.addTool(attachments.button("meetings-attachments",
                meetings.table(), cn.banan.hrdesk.attachments.AttachmentOwner.MEETING, cn.banan.hrdesk.registers.RegisterRow::id,
                r -> r.get("held_on") + " " + r.get("title"))));
        register("office-attendance", cn.banan.hrdesk.office.LeadingGroupRegisters.ATTENDANCE);
        register("office-actions", OfficeRegisters.ACTIONS, actions -> actions.highlightOverdue(r -> OfficeRegisters.overdue(r, LocalDate.now(clock))));
        register("office-publicity", OfficeRegisters.PUBLICITY);
        tab("office-publicityChart", texts.get("office.publicity.chartTab"),
                () -> publicityPane(report, runner, texts, files, dialogs, clock, onFailure), pane -> reloadChart());
    }

    private BorderPane publicityPane(MonthlyReportWriter report, TaskRunner runner, Texts texts, FileDialogs files, Dialogs dialogs, Clock clock,
                                     Consumer<Throwable> onFailure) {
        chart.setId("publicity-chart");
        chart.setTitle(texts.get("office.publicity.chart"));
        chart.setAnimated(false);
        BorderPane pane = new BorderPane(chart);
        pane.setPadding(new Insets(10));
        pane.setTop(new javafx.scene.layout.HBox(8, cn.banan.hrdesk.ui.Buttons.of("office-monthly", texts.get("reports.monthly.make"),
                () -> MonthlyReportAction.run(getScene().getWindow(), report, runner, texts, files, dialogs, YearMonth.now(clock), onFailure))));
        return pane;
    }

    private void reloadChart() {
        runner().run(UiTask.of(null, p -> stats.byMonthAndChannel()).onSuccess(points -> {
            Map<PublicityChannel, XYChart.Series<String, Number>> series = new EnumMap<>(PublicityChannel.class);
            for (ChannelMonth m : points) {
                series.computeIfAbsent(m.channel(), c -> {
                    XYChart.Series<String, Number> s = new XYChart.Series<>();
                    s.setName(texts().label(c));
                    return s;
                }).getData().add(new XYChart.Data<>(m.month(), m.reach()));
            }
            // Months in order along the axis, whichever channel first reached people in them.
            CategoryAxis months = (CategoryAxis) chart.getXAxis();
            months.setAutoRanging(false);
            months.setCategories(javafx.collections.FXCollections.observableArrayList(points.stream().map(ChannelMonth::month).distinct()
                    .sorted().toList()));
            chart.getData().setAll(series.values());
        }).onFailure(onFailure()));
    }
}
