package cn.banan.hrdesk.reports.annual.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.reports.annual.AnnualReport;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import cn.banan.hrdesk.xlsx.FigureTable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 年度统计's state: the years to choose from, the chosen year's tables, and writing them to a workbook. */
public final class AnnualViewModel {
    private final AnnualReport report;
    private final TaskRunner runner;
    private final Texts texts;
    private final Clock clock;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<FigureTable> tables = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");

    public AnnualViewModel(AnnualReport report, TaskRunner runner, Texts texts, Clock clock, Consumer<Throwable> onFailure) {
        this.report = report;
        this.runner = runner;
        this.texts = texts;
        this.clock = clock;
        this.onFailure = onFailure;
    }

    /** The years with records, this year among them even when it has none yet; the newest chosen unless one was. */
    public void reload() {
        runner.run(UiTask.of(null, p -> report.years()).onSuccess(found -> {
            int thisYear = Year.now(clock).getValue();
            Integer chosen = year.get();
            years.setAll(found);
            if (!years.contains(thisYear)) {
                years.add(0, thisYear);
            }
            show(chosen != null && years.contains(chosen) ? chosen : years.get(0));
        }).onFailure(onFailure));
    }

    public void show(int chosen) {
        year.set(chosen);
        status.set(texts.get("annual.counting", String.valueOf(chosen)));
        runner.run(UiTask.of(texts.get("annual.counting", String.valueOf(chosen)), p -> report.tables(chosen)).onSuccess(found -> {
            if (year.get() == chosen) {
                tables.setAll(found);
                status.set(texts.get("annual.shown", String.valueOf(chosen), found.size()));
            }
        }).onFailure(onFailure));
    }

    /** Writes the chosen year's tables; {@code done} gets the file once it is complete. */
    public void export(Path file, Consumer<Path> done) {
        int chosen = year.get();
        runner.run(UiTask.of(texts.get("annual.writing"), p -> {
            report.write(chosen, file);
            return file;
        }).onSuccess(done).onFailure(onFailure));
    }

    public String fileName() {
        return texts.get("annual.fileName", String.valueOf(year.get()));
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> year() {
        return year;
    }

    public ObservableList<FigureTable> tables() {
        return tables;
    }

    public StringProperty status() {
        return status;
    }

    public Texts texts() {
        return texts;
    }
}
