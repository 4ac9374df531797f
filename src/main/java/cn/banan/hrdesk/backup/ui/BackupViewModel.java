package cn.banan.hrdesk.backup.ui;

import cn.banan.hrdesk.backup.BackupService;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.store.BackupFacts;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 备份与恢复's state: the copies made on closing and how many are kept, and what the last action did. */
public final class BackupViewModel {
    private final BackupService backups;
    private final TaskRunner runner;
    private final Texts texts;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<Path> automatic = FXCollections.observableArrayList();
    private final IntegerProperty keep = new SimpleIntegerProperty(1);
    private final StringProperty message = new SimpleStringProperty("");

    public BackupViewModel(BackupService backups, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        this.backups = backups;
        this.runner = runner;
        this.texts = texts;
        this.onFailure = onFailure;
    }

    private record Loaded(int keep, List<Path> copies) {
    }

    public void load() {
        runner.run(UiTask.of(null, p -> new Loaded(backups.keep(), backups.automatic())).onSuccess(l -> {
            keep.set(l.keep());
            automatic.setAll(l.copies());
        }).onFailure(onFailure));
    }

    /** A checked copy into {@code folder} (a USB stick, say); says where it went. */
    public void backUpTo(Path folder) {
        runner.run(UiTask.of(texts.get("backup.running"), p -> backups.backUpTo(folder))
                .onSuccess(file -> message.set(texts.get("backup.window.done", file))).onFailure(onFailure));
    }

    public void saveKeep(int copies) {
        runner.run(UiTask.of(null, p -> {
            backups.setKeep(copies);
            return copies;
        }).onSuccess(n -> {
            keep.set(n);
            message.set(texts.get("backup.window.keepSaved", n));
        }).onFailure(onFailure));
    }

    /** Checks {@code file} as a restore would, then hands what it holds to {@code then} (to be confirmed). */
    public void check(Path file, Consumer<BackupFacts> then) {
        runner.run(UiTask.of(texts.get("backup.checking"), p -> backups.check(file)).onSuccess(then::accept).onFailure(onFailure));
    }

    /** What the person confirms before a restore: the file, its site (a warning when another site's), schema and size. */
    public String confirmation(BackupFacts f) {
        String site = f.site().map(texts::label).orElse(texts.get("backup.noSite"));
        String text = texts.get("backup.restore.confirm", f.file(), site, f.schemaVersion(), megabytes(f.bytes()));
        return f.site().isPresent() && f.site().get() != backups.site()
                ? texts.get("backup.restore.otherSite", site, texts.label(backups.site())) + "\n\n" + text : text;
    }

    /** "hrdesk.db（12.3 MB）" */
    public String database() {
        long bytes;
        try {
            bytes = Files.size(backups.database());
        } catch (IOException e) {
            bytes = 0;
        }
        return texts.get("backup.window.database", backups.database(), megabytes(bytes));
    }

    public String folder() {
        return backups.folder().toString();
    }

    public String describe(Path copy) {
        try {
            return copy.getFileName() + "（" + megabytes(Files.size(copy)) + "）";
        } catch (IOException e) {
            return copy.getFileName().toString();
        }
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    public ObservableList<Path> automatic() {
        return automatic;
    }

    public IntegerProperty keep() {
        return keep;
    }

    public StringProperty message() {
        return message;
    }
}
