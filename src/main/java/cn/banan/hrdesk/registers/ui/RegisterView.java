package cn.banan.hrdesk.registers.ui;

import cn.banan.hrdesk.audit.ui.RecordHistory;
import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.registers.FieldKind;
import cn.banan.hrdesk.registers.RegisterExport;
import cn.banan.hrdesk.registers.RegisterField;
import cn.banan.hrdesk.registers.RegisterRow;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.registers.RegisterSpec;
import cn.banan.hrdesk.registers.RowRef;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Choice;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.Fields;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.FormDialog;
import cn.banan.hrdesk.ui.FormGrid;
import cn.banan.hrdesk.ui.Permitted;
import cn.banan.hrdesk.ui.SearchListView;
import cn.banan.hrdesk.ui.SearchListViewModel;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;

/** A register's list with search, 新增/编辑 for the roles that keep it, and 导出 for everyone. */
public class RegisterView extends BorderPane {
    private final SearchListViewModel<RegisterRow> list;
    private final SearchListView<RegisterRow> view;

    private final RecordHistory history;

    public RegisterView(RegisterSpec spec, RegisterService service, RegisterExport export, Session session, TaskRunner runner, Texts texts,
                        FileDialogs files, Dialogs dialogs, Consumer<Throwable> onFailure, RecordHistory history) {
        this.history = history;
        list = new SearchListViewModel<>((text, offset, limit) -> service.page(spec, text, offset, limit), runner);
        var exportButton = Buttons.of(spec.key() + "-export", texts.get("registers.export"), () -> files.save(texts.get("registers.export"),
                texts.get(spec.fileKey())).ifPresent(file -> runner.run(UiTask.of(texts.get("registers.exporting"), p -> export.write(spec, file))
                .onSuccess(n -> dialogs.info(getScene().getWindow(), texts.get("registers.exported", n, file))).onFailure(onFailure))));
        var voidButton = Buttons.of(spec.key() + "-void", texts.get("voiding.button"), () -> voidSelected(spec, service, runner, texts, onFailure));
        view = new SearchListView<>(spec.key(), texts, list.search(), list.list(), () -> edit(spec, service, runner, texts, onFailure, null),
                row -> edit(spec, service, runner, texts, onFailure, row), exportButton, voidButton);
        voidButton.disableProperty().bind(view.table().getSelectionModel().selectedItemProperty().isNull());
        for (RegisterField f : spec.fields()) {
            if (f.kind() != FieldKind.LONG_TEXT) {
                // Lists mask ID numbers and phones for everyone, as the registry's lists do; a role that may see them
                // in full sees them in the row's form and in the export.
                boolean masked = f.kind().personal();
                // The list shows an enterprise by name; the form asks for its credit code.
                String header = texts.get(f.kind() == FieldKind.ENTERPRISE ? "registers.enterpriseName" : f.labelKey());
                Columns.add(view.table(), header, f.width(), r -> masked ? f.kind().masked(r.get(f.column()).toString())
                        : shown(r.get(f.column()), texts));
            }
        }
        spec.derived().forEach(d -> Columns.add(view.table(), texts.get(d.labelKey()), 6, r -> d.yesNo()
                ? texts.get(r.count(d.name()) > 0 ? "common.yes" : "common.no") : r.count(d.name())));
        Permitted.showOnlyIf(session.may(spec.editAction()), view, "#" + spec.key() + "-new", "#" + spec.key() + "-edit", "#" + spec.key() + "-void");
        if (view.lookup("#" + spec.key() + "-search") instanceof javafx.scene.control.TextField search) {
            search.setPromptText(texts.get("registers.searchPrompt"));
        }
        setCenter(view);
    }

    /** 作废 the selected row, with the reason asked for; it leaves the list, and its history keeps it. */
    private void voidSelected(RegisterSpec spec, RegisterService service, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        RegisterRow row = view.table().getSelectionModel().getSelectedItem();
        cn.banan.hrdesk.ui.AskReason.ask(getScene().getWindow(), texts, texts.get("voiding.button"), texts.get("voiding.header", texts.get(spec.titleKey())))
                .ifPresent(reason -> runner.run(UiTask.of(null, p -> {
                    service.voidRow(spec, row.id(), reason);
                    return row.id();
                }).onSuccess(id -> list.list().refreshPage()).onFailure(onFailure)));
    }

    private static Object shown(Object v, Texts texts) {
        if (v instanceof cn.banan.hrdesk.core.Money m) {
            return m.toYuanString();
        }
        return v instanceof Labelled l ? texts.label(l) : v == null ? "" : v;
    }

    private void edit(RegisterSpec spec, RegisterService service, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure, RegisterRow row) {
        RegisterFormViewModel vm = new RegisterFormViewModel(service, spec, runner, texts, row);
        FormGrid form = new FormGrid(vm.errors());
        for (RegisterField f : spec.fields()) {
            String label = texts.get(f.labelKey());
            switch (f.kind()) {
                case DATE -> form.add(label, f.column(), Fields.date(vm.date(f.column())));
                case CHOICE -> {
                    ComboBox<Choice<Labelled>> box = new ComboBox<>(FXCollections.observableArrayList(
                            f.choices().stream().map(c -> new Choice<Labelled>(c, texts.label(c))).toList()));
                    box.getItems().stream().filter(c -> c.value() == vm.choice(f.column()).get()).findFirst().ifPresent(box::setValue);
                    box.valueProperty().addListener((o, a, b) -> vm.choice(f.column()).set(b == null ? null : b.value()));
                    form.add(label, f.column(), box);
                }
                case ROW -> {
                    ComboBox<RowRef> box = new ComboBox<>(FXCollections.observableArrayList(service.options(spec, f.column())));
                    box.setMaxWidth(Double.MAX_VALUE);
                    box.getItems().stream().filter(o -> vm.row(f.column()).get() != null && o.id().equals(vm.row(f.column()).get().id()))
                            .findFirst().ifPresent(box::setValue);
                    box.valueProperty().addListener((o, a, b) -> vm.row(f.column()).set(b));
                    form.add(label, f.column(), box);
                }
                case LONG_TEXT -> {
                    TextArea area = form.add(label, f.column(), new TextArea());
                    area.setPrefRowCount(3);
                    area.textProperty().bindBidirectional(vm.text(f.column()));
                }
                default -> form.add(label, f.column(), Fields.text(vm.text(f.column())));
            }
        }
        String title = texts.get(spec.titleKey()) + " — " + texts.get(vm.isNew() ? "registers.new" : "registers.edit");
        FormDialog dialog = new FormDialog(getScene().getWindow(), title, form, 620, texts, spec.key() + "-save", saved -> vm.save(saved, onFailure));
        history.attach(dialog, spec.table(), row == null ? null : row.id()).showAndWait().ifPresent(id -> list.list().refreshPage());
    }

    /** Adds a button (or other tool) beside 新增/编辑/导出. */
    public void addTool(javafx.scene.Node tool) {
        ((javafx.scene.layout.HBox) ((javafx.scene.layout.VBox) view.getTop()).getChildren().get(0)).getChildren().add(tool);
    }

    /** Rows that {@code late} accepts stand out (an overdue request or follow-up action, say). */
    public void highlightOverdue(java.util.function.Predicate<RegisterRow> late) {
        javafx.css.PseudoClass overdue = javafx.css.PseudoClass.getPseudoClass("overdue");
        var base = view.table().getRowFactory();
        view.table().setRowFactory(t -> {
            javafx.scene.control.TableRow<RegisterRow> row = base == null ? new javafx.scene.control.TableRow<>() : base.call(t);
            row.itemProperty().addListener((o, a, item) -> row.pseudoClassStateChanged(overdue, item != null && late.test(item)));
            return row;
        });
    }

    public TableView<RegisterRow> table() {
        return view.table();
    }

    public void reload() {
        list.list().reload();
    }
}
