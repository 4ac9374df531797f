package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimFlag;
import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.policy.ReasonWords;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Columns;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One claim: header, totals in figures and 大写, its lines coloured by result with reasons, and its flags. */
final class ClaimDetailPane extends VBox {
    private static final PseudoClass ELIGIBLE = PseudoClass.getPseudoClass("eligible");
    private static final PseudoClass INELIGIBLE = PseudoClass.getPseudoClass("ineligible");
    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");

    /** What the buttons ask for; the claims tab decides how. */
    interface Actions {
        void addPlacements();

        void importRoster();

        void template();

        void reevaluate();

        void clear(ClaimFlag flag);
    }

    /** {@code mayIntake}/{@code mayClear}: the signed-in role's rights; the services check them again. */
    ClaimDetailPane(ClaimDetailViewModel vm, WorkflowViewModel flow, WorkflowPane workflow, Texts texts, Actions actions, boolean mayIntake,
                    boolean mayClear) {
        super(8);
        setPadding(new Insets(10));
        Label title = new Label();
        title.setId("claim-title");
        title.getStyleClass().add("claim-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> header(vm.claim().get(), texts), vm.claim()));
        Label totals = new Label();
        totals.setId("claim-totals");
        totals.setWrapText(true);
        totals.textProperty().bind(vm.totals());
        Button add = Buttons.of("claim-addPlacements", texts.get("claims.detail.addPlacements"), actions::addPlacements);
        Button roster = Buttons.of("claim-importRoster", texts.get("claims.detail.importRoster"), actions::importRoster);
        Button template = Buttons.of("claim-template", texts.get("claims.detail.template"), actions::template);
        Button again = Buttons.of("claim-reevaluate", texts.get("claims.detail.reevaluate"), actions::reevaluate);
        HBox buttons = new HBox(8, add, roster, template, again);
        buttons.disableProperty().bind(vm.claim().isNull().or(Bindings.createBooleanBinding(() -> flow.status().get() == null
                || !flow.status().get().linesEditable(), flow.status())));
        buttons.setVisible(mayIntake);
        buttons.setManaged(mayIntake);

        TableView<ClaimLine> lines = new TableView<>(vm.lines());
        lines.setId("claim-lines");
        lines.setPlaceholder(new Label(texts.get("claims.detail.noLines")));
        Columns.add(lines, texts.get("registry.worker.name"), 9, ClaimLine::workerName);
        Columns.add(lines, texts.get("registry.worker.residentId"), 13, l -> ResidentId.of(l.residentId()).masked());
        Columns.add(lines, texts.get("registry.enterprise.name"), 12, ClaimLine::enterpriseName);
        Columns.add(lines, texts.get("claims.detail.hire"), 7, ClaimLine::hireDate);
        Columns.add(lines, texts.get("claims.detail.months"), 3, l -> l.monthsCounted() == null ? "" : l.monthsCounted());
        Columns.add(lines, texts.get("claims.detail.result"), 4, l -> texts.get(l.eligible() ? "claims.detail.eligible" : "claims.detail.ineligible"));
        Columns.add(lines, texts.get("claims.detail.amount"), 5, l -> l.amount().toYuanString());
        Columns.withTooltips(Columns.add(lines, texts.get("claims.detail.reasons"), 26, l -> l.failures().stream().map(f -> ReasonWords.of(f, texts))
                .reduce((a, b) -> a + texts.get("policy.reasonSeparator") + b).orElse("")));
        Columns.add(lines, texts.get("claims.detail.basis"), 14, l -> texts.get("claims.detail.basisText", l.documentNo(), l.parameterVersion(),
                l.fundingSource() == null ? "" : texts.label(l.fundingSource())));
        lines.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ClaimLine item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(ELIGIBLE, !empty && item != null && item.eligible());
                pseudoClassStateChanged(INELIGIBLE, !empty && item != null && !item.eligible());
            }
        });
        VBox.setVgrow(lines, Priority.ALWAYS);

        TableView<ClaimFlag> flags = new TableView<>(vm.flags());
        flags.setId("claim-flags");
        flags.setPrefHeight(170);
        flags.setMinHeight(130);
        flags.setPlaceholder(new Label(texts.get("claims.detail.noFlags")));
        Columns.add(flags, texts.get("claims.flag.kind"), 18, f -> texts.label(f.kind()));
        Columns.add(flags, texts.get("claims.flag.detail"), 10, ClaimFlag::detail);
        Columns.add(flags, texts.get("claims.flag.state"), 20, f -> f.isOpen() ? texts.get("claims.flag.open")
                : texts.get("claims.flag.cleared", f.clearedBy(), f.clearReason()));
        flags.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ClaimFlag item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OPEN, !empty && item != null && item.isOpen());
            }
        });
        Button clear = Buttons.of("claim-clearFlag", texts.get("claims.flag.clear"), () -> actions.clear(flags.getSelectionModel().getSelectedItem()));
        clear.setVisible(mayClear);
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> flags.getSelectionModel().getSelectedItem() == null
                || !flags.getSelectionModel().getSelectedItem().isOpen()
                || !flags.getSelectionModel().getSelectedItem().kind().clearable(), flags.getSelectionModel().selectedItemProperty()));
        Label flagsTitle = new Label(texts.get("claims.detail.flags"));
        flagsTitle.getStyleClass().add("section-title");
        VBox flagBox = new VBox(6, new HBox(8, flagsTitle, clear), flags);
        HBox below = new HBox(12, flagBox, workflow.history());
        HBox.setHgrow(flagBox, Priority.ALWAYS);
        HBox.setHgrow(workflow.history(), Priority.ALWAYS);
        flagBox.prefWidthProperty().bind(below.widthProperty().multiply(0.5));
        getChildren().addAll(title, totals, workflow.bar(), buttons, lines, below);
    }

    private static String header(Claim c, Texts texts) {
        return c == null ? texts.get("claims.detail.none")
                : texts.get("claims.detail.header", c.claimNo(), c.rule(), String.valueOf(c.periodYear()), c.cutoffDate());
    }
}
