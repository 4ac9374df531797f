package cn.banan.hrdesk.office.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.office.MonthlyReportWriter;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** 生成月报: asks which month (this one by default), where to save, and writes the report in the background. */
final class MonthlyReportAction {
    private MonthlyReportAction() {
    }

    static void run(Window owner, MonthlyReportWriter report, TaskRunner runner, Texts texts, FileDialogs files, Dialogs dialogs, YearMonth now,
                    Consumer<Throwable> onFailure) {
        TextInputDialog ask = new TextInputDialog(now.toString());
        ask.initOwner(owner);
        ask.setHeaderText(texts.get("reports.monthly.ask"));
        ask.getEditor().setId("monthly-month");
        ask.showAndWait().ifPresent(text -> {
            YearMonth month;
            try {
                month = YearMonth.parse(text.strip());
            } catch (DateTimeParseException e) {
                dialogs.error(owner, texts.get("registers.problem.month"));
                return;
            }
            files.save(texts.get("reports.monthly.make"), texts.get("reports.monthly.fileName", month.toString())).ifPresent(file ->
                    runner.run(UiTask.of(texts.get("reports.monthly.writing"), p -> report.write(month, file))
                            .onSuccess(n -> dialogs.info(owner, texts.get("reports.monthly.done", file))).onFailure(onFailure)));
        });
    }
}
