package cn.banan.hrdesk.audit.ui;

import cn.banan.hrdesk.audit.AuditEntry;
import cn.banan.hrdesk.audit.AuditFilter;
import cn.banan.hrdesk.audit.AuditService;
import cn.banan.hrdesk.audit.AuditWords;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.PagedList;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The 操作日志 tab's state: the filter, a page of entries, the last check's verdict. */
public final class AuditLogViewModel {
    private final AuditService audit;
    private final TaskRunner runner;
    private final Texts texts;
    private final Consumer<Throwable> onFailure;
    private final AuditWords words;
    private final StringProperty record = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final ObjectProperty<String> table = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final PagedList<AuditEntry> entries;
    private final SimpleStringProperty verdict = new SimpleStringProperty("");
    /** Names of the records the shown page points at, looked up with the page in the background. */
    private volatile cn.banan.hrdesk.audit.Referents referents = cn.banan.hrdesk.audit.Referents.NONE;

    public AuditLogViewModel(AuditService audit, AuditWords words, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        this.audit = audit;
        this.runner = runner;
        this.texts = texts;
        this.onFailure = onFailure;
        this.words = words;
        this.entries = new PagedList<>(runner, offset -> {
            var page = audit.page(filter(), offset, PagedList.PAGE_SIZE);
            referents = audit.referents(page.rows());
            return page;
        });
        table.addListener((o, a, b) -> entries.reload());
        from.addListener((o, a, b) -> entries.reload());
        to.addListener((o, a, b) -> entries.reload());
    }

    public AuditFilter filter() {
        return new AuditFilter(record.get(), user.get(), table.get(), from.get(), to.get());
    }

    /** The entries again with the filter as typed (the text fields search when asked, not at each key). */
    public void search() {
        entries.reload();
    }

    public void verify() {
        runner.run(UiTask.of(texts.get("audit.verifying"), p -> audit.verify()).onSuccess(c -> verdict.set(words.check(c))).onFailure(onFailure));
    }

    public void export(Path file, Consumer<Integer> done) {
        AuditFilter f = filter();
        runner.run(UiTask.of(texts.get("audit.exporting"), p -> audit.export(f, file, texts, words)).onSuccess(done::accept).onFailure(onFailure));
    }

    /** The changes of an entry in words, masked as the signed-in role must see them. */
    public String changes(AuditEntry e) {
        return words.changes(e, audit.showsPersonalData(), referents);
    }

    /** The registers the trail records, by name, for the filter. */
    public java.util.List<cn.banan.hrdesk.ui.Choice<String>> tableChoices() {
        java.util.List<cn.banan.hrdesk.ui.Choice<String>> list = new java.util.ArrayList<>();
        list.add(new cn.banan.hrdesk.ui.Choice<>(null, texts.get("common.all")));
        audit.tables().stream().map(t -> new cn.banan.hrdesk.ui.Choice<>(t, words.table(t)))
                .sorted(java.util.Comparator.comparing(cn.banan.hrdesk.ui.Choice::label)).forEach(list::add);
        return list;
    }

    public AuditWords words() {
        return words;
    }

    public StringProperty record() {
        return record;
    }

    public StringProperty user() {
        return user;
    }

    public ObjectProperty<String> table() {
        return table;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public PagedList<AuditEntry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty verdict() {
        return verdict;
    }
}
