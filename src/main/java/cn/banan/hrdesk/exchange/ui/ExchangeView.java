package cn.banan.hrdesk.exchange.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.UtcTimestamp;
import cn.banan.hrdesk.exchange.ImportResult;
import cn.banan.hrdesk.exchange.PackageLogEntry;
import cn.banan.hrdesk.exchange.PeerStatus;
import cn.banan.hrdesk.exchange.SyncConflict;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The 数据交换 tab: this site's card and fingerprint, the paired sites with what went each way, writing a package to
 * the stick and taking one in (checked and shown first), the open conflicts, and every package sent and received.
 */
public final class ExchangeView extends VBox {
    private final ExchangeViewModel vm;
    private final Texts texts;
    private final FileDialogs files;
    private final Dialogs dialogs;
    private final ExchangeLabels labels;

    public ExchangeView(ExchangeViewModel vm, Texts texts, FileDialogs files, Dialogs dialogs, ExchangeRights may) {
        super(8);
        this.vm = vm;
        this.texts = texts;
        this.files = files;
        this.dialogs = dialogs;
        this.labels = new ExchangeLabels(texts);
        setPadding(new Insets(10));
        Label site = new Label(texts.get("exchange.thisSite", texts.label(vm.site())));
        site.getStyleClass().add("section-title");
        Label fingerprint = new Label();
        fingerprint.setId("exchange-fingerprint");
        fingerprint.textProperty().bind(vm.fingerprint().map(f -> texts.get("exchange.fingerprint", f)));
        Button writeCard = Buttons.of("exchange-card-write", texts.get("exchange.card.write"), this::writeCard);
        Button readCard = Buttons.of("exchange-card-read", texts.get("exchange.card.read"), this::readCard);
        shown(readCard, may.pair());
        Button budget = Buttons.of("exchange-budget", texts.get("exchange.budget", vm.fileBudgetMb()), () -> askBudget());
        shown(budget, may.pair());
        this.budget = budget;
        HBox card = new HBox(10, site, fingerprint, writeCard, readCard, budget);
        card.setAlignment(Pos.CENTER_LEFT);

        TableView<PeerStatus> peers = new TableView<>(vm.peers());
        peers.setId("exchange-peers");
        peers.setPrefHeight(150);
        peers.setMinHeight(120);
        peers.setPlaceholder(new Label(texts.get("exchange.noPeers")));
        Columns.add(peers, texts.get("exchange.col.peer"), 14, p -> texts.label(p.site()));
        Columns.add(peers, texts.get("exchange.col.sent"), 8, PeerStatus::sent);
        Columns.add(peers, texts.get("exchange.col.acknowledged"), 10, PeerStatus::acknowledged);
        Columns.add(peers, texts.get("exchange.col.received"), 8, PeerStatus::received);
        Columns.add(peers, texts.get("exchange.col.waiting"), 10, PeerStatus::waiting);
        Columns.add(peers, texts.get("exchange.col.conflicts"), 8, PeerStatus::conflicts);
        Columns.add(peers, texts.get("exchange.col.fingerprint"), 24, PeerStatus::fingerprint);
        Button export = Buttons.of("exchange-export", texts.get("exchange.export"), () -> export(peers.getSelectionModel().getSelectedItem()));
        export.disableProperty().bind(peers.getSelectionModel().selectedItemProperty().isNull());
        Button importing = Buttons.of("exchange-import", texts.get("exchange.import"), this::importPackage);
        shown(export, may.exchange());
        shown(importing, may.exchange());
        HBox moves = new HBox(8, export, importing, new Label(texts.get("exchange.hint")));
        moves.setAlignment(Pos.CENTER_LEFT);

        TableView<SyncConflict> conflicts = new TableView<>(vm.openConflicts());
        conflicts.setId("exchange-conflicts");
        conflicts.setPrefHeight(150);
        conflicts.setMinHeight(120);
        conflicts.setPlaceholder(new Label(texts.get("exchange.noConflicts")));
        Columns.add(conflicts, texts.get("exchange.col.detected"), 12, c -> UtcTimestamp.local(c.detectedAt()));
        Columns.add(conflicts, texts.get("exchange.col.kind"), 16, c -> texts.label(c.kind()));
        Columns.add(conflicts, texts.get("exchange.col.register"), 12, c -> labels.table(c.table()).orElse(c.table()));
        Columns.add(conflicts, texts.get("exchange.col.what"), 24, c -> labels.describe(c));
        Columns.add(conflicts, texts.get("exchange.col.otherSite"), 12, c -> texts.label(c.otherSite()));
        Button settle = Buttons.of("exchange-settle", texts.get("exchange.settle"), () -> settle(conflicts.getSelectionModel().getSelectedItem()));
        settle.disableProperty().bind(conflicts.getSelectionModel().selectedItemProperty().isNull());
        shown(settle, may.settle());

        TableView<PackageLogEntry> packages = new TableView<>(vm.packages());
        packages.setId("exchange-packages");
        packages.setPlaceholder(new Label(texts.get("exchange.noPackages")));
        Columns.add(packages, texts.get("exchange.col.when"), 12, p -> UtcTimestamp.local(p.doneAt()));
        Columns.add(packages, texts.get("exchange.col.direction"), 13, p -> texts.get(p.direction() == PackageLogEntry.Direction.OUT
                ? "exchange.direction.out" : "exchange.direction.in", p.peer()));
        Columns.add(packages, texts.get("exchange.col.seq"), 5, PackageLogEntry::seq);
        Columns.add(packages, texts.get("exchange.col.rows"), 6, PackageLogEntry::rows);
        Columns.add(packages, texts.get("exchange.col.conflicts"), 5, PackageLogEntry::conflicts);
        Columns.withTooltips(Columns.add(packages, texts.get("exchange.col.file"), 22, PackageLogEntry::fileName));
        Columns.add(packages, texts.get("exchange.col.user"), 8, PackageLogEntry::userName);
        VBox.setVgrow(packages, Priority.ALWAYS);

        getChildren().addAll(card, title("exchange.peers"), peers, moves, title("exchange.conflicts"), conflicts, settle,
                title("exchange.packages"), packages);
    }

    private final Button budget;

    /** How many megabytes of attached files one package may carry: a stick's room, and the time to copy it. */
    private void askBudget() {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(String.valueOf(vm.fileBudgetMb()));
        ask.initOwner(window());
        ask.setHeaderText(texts.get("exchange.budget.ask"));
        ask.getEditor().setId("exchange-budget-mb");
        ask.showAndWait().ifPresent(typed -> vm.setFileBudget(typed, () -> budget.setText(texts.get("exchange.budget", vm.fileBudgetMb()))));
    }

    private Label title(String key) {
        Label l = new Label(texts.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private static void shown(Button b, boolean may) {
        b.setVisible(may);
        b.setManaged(may);
    }

    private Window window() {
        return getScene().getWindow();
    }

    private void writeCard() {
        files.save(texts.get("exchange.card.write"), vm.cardFileName()).ifPresent(f -> vm.writeCard(f, card ->
                dialogs.info(window(), texts.get("exchange.card.writtenHint", f, card.fingerprint()))));
    }

    private void readCard() {
        files.open(texts.get("exchange.card.read"), "card").ifPresent(f -> vm.readCard(f, card ->
                new PairDialog(texts, card).ask(window()).ifPresent(answer -> vm.pair(card, answer.fingerprint(), answer.replace(), done ->
                        dialogs.info(window(), texts.get(done.messageKey(), card.site(), card.fingerprint()))))));
    }

    private void export(PeerStatus peer) {
        files.folder(texts.get("exchange.export.chooseFolder", peer.site())).ifPresent(folder -> vm.export(peer.site(), folder, r ->
                dialogs.info(window(), vm.exported(r))));
    }

    private void importPackage() {
        files.open(texts.get("exchange.import"), "hrdx").ifPresent(f -> vm.preview(f, preview -> confirmAndApply(f, preview)));
    }

    private void confirmAndApply(Path file, ImportResult preview) {
        switch (preview.outcome()) {
            case ALREADY_APPLIED -> dialogs.info(window(), texts.get("exchange.import.already", preview.from(), preview.seq()));
            case SUPERSEDED -> dialogs.info(window(), texts.get("exchange.import.superseded", preview.from(), preview.seq()));
            default -> {
                if (new ImportPreviewDialog(texts, labels, preview).confirm(window())) {
                    vm.apply(file, r -> dialogs.info(window(), vm.applied(r)));
                }
            }
        }
    }

    private void settle(SyncConflict c) {
        vm.sides(c, sides -> new ConflictDialog(texts, labels, sides).ask(window())
                .ifPresent(choice -> vm.settle(c, choice.how(), choice.merged(), () -> { })));
    }

    public void reload() {
        vm.reload();
    }
}
