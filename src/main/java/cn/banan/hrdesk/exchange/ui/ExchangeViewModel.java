package cn.banan.hrdesk.exchange.ui;

import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.exchange.ExchangeService;
import cn.banan.hrdesk.exchange.ExportResult;
import cn.banan.hrdesk.exchange.ImportResult;
import cn.banan.hrdesk.exchange.PackageLogEntry;
import cn.banan.hrdesk.exchange.PeerStatus;
import cn.banan.hrdesk.exchange.SiteCard;
import cn.banan.hrdesk.exchange.SyncConflict;
import cn.banan.hrdesk.exchange.SyncConflicts;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The 数据交换 tab's state and work: this site's card, the paired sites, the packages each way, the open conflicts. */
public final class ExchangeViewModel {
    private final ExchangeService exchange;
    private final SyncConflicts conflicts;
    private final TaskRunner runner;
    private final Texts texts;
    private final Consumer<Throwable> onFailure;
    private final SimpleStringProperty fingerprint = new SimpleStringProperty("");
    private final ObservableList<PeerStatus> peers = FXCollections.observableArrayList();
    private final ObservableList<PackageLogEntry> packages = FXCollections.observableArrayList();
    private final ObservableList<SyncConflict> open = FXCollections.observableArrayList();

    public ExchangeViewModel(ExchangeService exchange, SyncConflicts conflicts, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        this.exchange = exchange;
        this.conflicts = conflicts;
        this.runner = runner;
        this.texts = texts;
        this.onFailure = onFailure;
    }

    private record State(String fingerprint, List<PeerStatus> peers, List<PackageLogEntry> packages, List<SyncConflict> open) {
    }

    public void reload() {
        runner.run(UiTask.of(null, p -> new State(exchange.card().fingerprint(), exchange.status(), exchange.packages(500), conflicts.open()))
                .onSuccess(s -> {
                    fingerprint.set(s.fingerprint());
                    peers.setAll(s.peers());
                    packages.setAll(s.packages());
                    open.setAll(s.open());
                }).onFailure(onFailure));
    }

    public Site site() {
        return exchange.site();
    }

    public String cardFileName() {
        return texts.get("exchange.card.fileName", texts.label(exchange.site()));
    }

    public void writeCard(Path file, Consumer<SiteCard> done) {
        runner.run(UiTask.of(null, p -> exchange.writeCard(file)).onSuccess(done).onFailure(onFailure));
    }

    public void readCard(Path file, Consumer<SiteCard> then) {
        runner.run(UiTask.of(null, p -> exchange.readCard(file)).onSuccess(then).onFailure(onFailure));
    }

    public void pair(SiteCard card, String typedFingerprint, boolean replace, Consumer<ExchangeService.Pairing> done) {
        runner.run(UiTask.of(null, p -> exchange.pair(card, typedFingerprint, replace)).onSuccess(r -> {
            reload();
            done.accept(r);
        }).onFailure(onFailure));
    }

    /** Writes the next package for {@code to} into {@code folder} (the stick), named so a clerk can tell it apart. */
    public void export(Site to, Path folder, Consumer<ExportResult> done) {
        runner.run(UiTask.of(texts.get("exchange.exporting", to), p -> exchange.export(to, folder.resolve(exchange.fileName(to,
                exchange.nextSeq(to))), p)).onSuccess(r -> {
                    reload();
                    done.accept(r);
                }).onFailure(onFailure));
    }

    /** What a written package holds, to tell the clerk who carries it. */
    public String exported(ExportResult r) {
        return texts.get("exchange.export.doneHint", r.file().getFileName(), r.rows(), r.to()) + r.filesInWords(texts, exchange.fileBudgetMb());
    }

    /** What a package taken in did, the files it brought among it. */
    public String applied(ImportResult r) {
        return texts.get("exchange.import.applied", r.from(), r.seq(), r.rows(), r.added(), r.updated(), r.conflicts())
                + (r.files() == 0 ? "" : texts.get("exchange.import.files", r.files()));
    }

    public int fileBudgetMb() {
        return exchange.fileBudgetMb();
    }

    /** The administrator's budget of attached files per package, in megabytes as typed. */
    public void setFileBudget(String typed, Runnable done) {
        runner.run(UiTask.of(null, p -> {
            int mb;
            try {
                mb = Integer.parseInt(typed.strip());
            } catch (NumberFormatException e) {
                mb = -1;
            }
            exchange.setFileBudgetMb(mb);
            return mb;
        }).onSuccess(mb -> done.run()).onFailure(onFailure));
    }

    /** Checks the package whole and says what it would change; nothing is written. */
    public void preview(Path file, Consumer<ImportResult> then) {
        runner.run(UiTask.of(texts.get("exchange.checking"), p -> exchange.importPackage(file, false, p)).onSuccess(then).onFailure(onFailure));
    }

    public void apply(Path file, Consumer<ImportResult> done) {
        runner.run(UiTask.of(texts.get("exchange.importing"), p -> exchange.importPackage(file, true, p)).onSuccess(r -> {
            reload();
            done.accept(r);
        }).onFailure(onFailure));
    }

    public void settle(SyncConflict c, SyncConflict.Settlement how, Map<String, Object> merged, Runnable done) {
        runner.run(UiTask.of(null, p -> {
            conflicts.settle(c.id(), how, merged);
            return c;
        }).onSuccess(x -> {
            reload();
            done.run();
        }).onFailure(onFailure));
    }

    /** The two sides of a conflict as they stand now: this table's row, and the other version or row. */
    public void sides(SyncConflict c, Consumer<ConflictSides> then) {
        runner.run(UiTask.of(null, p -> new ConflictSides(c, conflicts.row(c.table(), c.rowId()).orElse(null),
                c.kind() == SyncConflict.Kind.VERSION ? c.otherImage() : conflicts.row(c.table(), c.otherRowId()).orElse(null)))
                .onSuccess(then).onFailure(onFailure));
    }

    public ReadOnlyStringProperty fingerprint() {
        return fingerprint;
    }

    public ObservableList<PeerStatus> peers() {
        return peers;
    }

    public ObservableList<PackageLogEntry> packages() {
        return packages;
    }

    public ObservableList<SyncConflict> openConflicts() {
        return open;
    }
}
