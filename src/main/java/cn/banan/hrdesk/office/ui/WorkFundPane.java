package cn.banan.hrdesk.office.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.office.Disbursement;
import cn.banan.hrdesk.office.WorkFund;
import cn.banan.hrdesk.registers.RegisterRow;
import cn.banan.hrdesk.registers.ui.RegisterView;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Permitted;
import cn.banan.hrdesk.ui.TaskRunner;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 工作经费专帐: the balance, allocations, expenditures, disbursement requests through approval and payment, and notes. */
final class WorkFundPane extends VBox {
    private final WorkFund fund;
    private final WorkFundViewModel vm;
    private final TaskRunner runner;
    private final Texts texts;
    private final Consumer<Throwable> onFailure;
    private final java.time.Clock clock;
    private final Label balance = new Label();
    private final RegisterView expenditures;
    private final TableView<Disbursement> table;

    WorkFundPane(WorkFund fund, RegisterView expenditures, Session session, TaskRunner runner, Texts texts, java.time.Clock clock,
                 Consumer<Throwable> onFailure) {
        super(8);
        this.clock = clock;
        this.fund = fund;
        this.expenditures = expenditures;
        this.runner = runner;
        this.texts = texts;
        this.onFailure = onFailure;
        this.vm = new WorkFundViewModel(fund, runner, texts, onFailure);
        this.table = new TableView<>(vm.requests());
        setPadding(new Insets(10));
        balance.setId("workfund-balance");
        balance.textProperty().bind(vm.balance());
        balance.getStyleClass().add("section-title");
        Button allocate = Buttons.of("workfund-allocate", texts.get("office.workFund.allocate"), this::allocate);
        HBox top = new HBox(10, balance, allocate);
        top.setAlignment(Pos.CENTER_LEFT);
        expenditures.table().getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        expenditures.addTool(Buttons.of("workfund-request", texts.get("office.workFund.request"), this::request));
        Permitted.showOnlyIf(session.may(Action.EDIT_OFFICE), top, "#workfund-allocate");
        Permitted.showOnlyIf(session.may(Action.EDIT_OFFICE), expenditures, "#workfund-request");
        table.setId("workfund-requests");
        table.setPrefHeight(180);
        table.setPlaceholder(new Label(texts.get("office.workFund.noRequests")));
        Columns.add(table, texts.get("office.workFund.requestNo"), 10, Disbursement::requestNo);
        Columns.add(table, texts.get("office.workFund.requestedOn"), 8, Disbursement::requestedOn);
        Columns.add(table, texts.get("office.expenditure.amount"), 8, d -> d.amount().toYuanString());
        Columns.add(table, texts.get("office.workFund.state"), 6, d -> texts.label(d.state()));
        Columns.add(table, texts.get("office.workFund.people"), 22, d -> texts.get("office.workFund.peopleText", d.requestedBy(),
                d.approvedBy() == null ? "—" : d.approvedBy(), d.disbursedBy() == null ? "—" : d.disbursedBy()));
        Columns.withTooltips(Columns.add(table, texts.get("office.workFund.override"), 14, d -> d.overrideReason() == null ? "" : d.overrideReason()));
        Button approve = Buttons.of("workfund-approve", texts.get("office.workFund.approve"), () -> chosen(vm::approve));
        Button disburse = Buttons.of("workfund-disburse", texts.get("office.workFund.disburse"),
                () -> chosen(d -> vm.disburse(d, this::ask)));
        Button annotate = Buttons.of("workfund-annotate", texts.get("office.workFund.annotate"),
                () -> chosen(d -> vm.annotate(d, this::ask)));
        HBox actions = new HBox(8, new Label(texts.get("office.workFund.requests")), approve, disburse, annotate);
        actions.setAlignment(Pos.CENTER_LEFT);
        Permitted.showOnlyIf(session.may(Action.APPROVE_WORK_FUND), actions, "#workfund-approve");
        Permitted.showOnlyIf(session.may(Action.DISBURSE_WORK_FUND), actions, "#workfund-disburse");
        Permitted.showOnlyIf(session.may(Action.ANNOTATE), actions, "#workfund-annotate");
        ListView<String> noteList = new ListView<>(vm.notes());
        noteList.setId("workfund-notes");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> vm.choose(d));
        VBox noteBox = new VBox(6, new Label(texts.get("office.workFund.notes")), noteList);
        noteBox.setPrefWidth(380);
        noteBox.setMinWidth(300);
        VBox.setVgrow(noteList, Priority.ALWAYS);
        HBox requestsAndNotes = new HBox(10, table, noteBox);
        HBox.setHgrow(table, Priority.ALWAYS);
        requestsAndNotes.setMinHeight(170);
        VBox.setVgrow(expenditures, Priority.ALWAYS);
        getChildren().addAll(top, expenditures, actions, requestsAndNotes);
    }

    void reload() {
        expenditures.reload();
        vm.reload();
    }

    private void chosen(Consumer<Disbursement> action) {
        Disbursement d = table.getSelectionModel().getSelectedItem();
        if (d != null) {
            action.accept(d);
        }
    }

    private void allocate() {
        AllocationDialog.of(getScene().getWindow(), fund, runner, texts, LocalDate.now(clock), onFailure).showAndWait().ifPresent(ok -> reload());
    }

    private void request() {
        vm.request(expenditures.table().getSelectionModel().getSelectedItems().stream().map(RegisterRow::id).toList());
    }

    private java.util.Optional<String> ask(String header) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(getScene().getWindow());
        dialog.setHeaderText(header);
        dialog.getEditor().setId("workfund-answer");
        return dialog.showAndWait();
    }
}
