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
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One claim: header, totals in figures and 大写, its lines coloured by result with reasons, and its flags. */
final class ClaimDetailPane extends VBox {
    private final SplitPane linesAndBelow;
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

        /** The claim's 修改记录: its own writes and those of its lines, events and flags. */
        void history();

        /** The claim's 公示异议: listed, recorded, settled, exported. */
        void objections();

        /** The claim's 附件: the papers behind it. */
        void attachments();
    }

    /** {@code mayIntake}/{@code mayClear}: the signed-in role's rights; the services check them again. */
    ClaimDetailPane(ClaimDetailViewModel vm, WorkflowViewModel flow, WorkflowPane workflow, Texts texts, Actions actions, boolean mayIntake,
                    boolean mayClear, Runnable backToList) {
        super(8);
        setPadding(new Insets(10));
        Button back = Buttons.of("claim-back", texts.get("claims.detail.back"), backToList);
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

        FilteredList<ClaimLine> shown = new FilteredList<>(vm.lines());
        TextField search = new TextField();
        search.setId("claim-lineSearch");
        search.setPromptText(texts.get("claims.detail.searchPrompt"));
        search.setPrefColumnCount(18);
        search.textProperty().addListener((o, a, text) -> shown.setPredicate(l -> matches(l, text)));
        TableView<ClaimLine> lines = new TableView<>(shown);
        lines.setId("claim-lines");
        lines.setPlaceholder(new Label(texts.get("claims.detail.noLines")));
        Columns.add(lines, texts.get("registry.worker.name"), 12, ClaimLine::workerName);
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
        HBox find = new HBox(8, new Label(texts.get("claims.detail.search")), search);
        find.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox linesBox = new VBox(6, find, lines);

        TableView<ClaimFlag> flags = new TableView<>(vm.flags());
        flags.setId("claim-flags");
        flags.setMinHeight(90);
        VBox.setVgrow(flags, Priority.ALWAYS);
        flags.setPlaceholder(new Label(texts.get("claims.detail.noFlags")));
        Columns.add(flags, texts.get("claims.flag.kind"), 16, f -> texts.label(f.kind()));
        // whose line it is, from the lines already shown
        Columns.add(flags, texts.get("registry.worker.name"), 11, f -> vm.lines().stream().filter(l -> l.id().equals(f.lineId()))
                .map(ClaimLine::workerName).findFirst().orElse(""));
        Columns.add(flags, texts.get("claims.flag.detail"), 6, ClaimFlag::detail);
        Columns.add(flags, texts.get("claims.flag.state"), 16, f -> f.isOpen() ? texts.get("claims.flag.open")
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
        flagsTitle.setWrapText(true);
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox flagBox = new VBox(6, new HBox(8, flagsTitle, clear), flags);
        // flags and history share the width half and half, whatever their columns ask for
        javafx.scene.layout.GridPane below = new javafx.scene.layout.GridPane();
        below.setHgap(12);
        for (int i = 0; i < 2; i++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            below.getColumnConstraints().add(half);
        }
        javafx.scene.layout.RowConstraints all = new javafx.scene.layout.RowConstraints();
        all.setVgrow(Priority.ALWAYS);
        below.getRowConstraints().add(all);
        below.add(flagBox, 0, 0);
        below.add(workflow.history(), 1, 0);
        // The lines above, flags and history below: a person moves the divider (remembered) to give either room.
        linesAndBelow = new SplitPane(linesBox, below);
        linesAndBelow.setOrientation(javafx.geometry.Orientation.VERTICAL);
        VBox.setVgrow(linesAndBelow, Priority.ALWAYS);
        Button history = Buttons.of("claim-history", texts.get("audit.history"), actions::history);
        history.disableProperty().bind(vm.claim().isNull());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button objections = Buttons.of("claim-objections", texts.get("objection.open.button"), actions::objections);
        objections.disableProperty().bind(vm.claim().isNull());
        objections.textProperty().bind(vm.objectionsLabel());
        Button attached = Buttons.of("claim-attachments", texts.get("attachments.button"), actions::attachments);
        attached.disableProperty().bind(vm.claim().isNull());
        HBox head = new HBox(12, back, title, gap, attached, objections, history);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(head, totals, workflow.bar(), buttons, linesAndBelow);
    }

    SplitPane linesAndBelow() {
        return linesAndBelow;
    }

    /** A line matches the search when its name, ID number or enterprise contains the text. */
    private static boolean matches(ClaimLine l, String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() || l.workerName().contains(t) || l.residentId().contains(t.toUpperCase(java.util.Locale.ROOT))
                || l.enterpriseName().contains(t);
    }

    private static String header(Claim c, Texts texts) {
        return c == null ? texts.get("claims.detail.none")
                : texts.get("claims.detail.header", c.claimNo(), c.rule(), String.valueOf(c.periodYear()), c.cutoffDate());
    }
}
