package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.PlacementRow;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.params.ui.ParametersDialog;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.params.ui.ParametersViewModel;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.LazyTab;
import cn.banan.hrdesk.ui.SearchListView;
import cn.banan.hrdesk.ui.SearchListViewModel;
import cn.banan.hrdesk.ui.SplitMemory;
import java.time.LocalDate;
import java.util.prefs.Preferences;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/** The 补贴申报 tab: claims with their judged lines and flags, and the placements they are made from. */
public final class ClaimsView extends TabPane {
    private final ClaimListViewModel list;
    private final ClaimDetailViewModel detail;
    private final SearchListViewModel<PlacementRow> placements;
    private final ClaimListPane listPane;
    private final WorkflowViewModel flow;
    private final java.util.function.Supplier<ClaimDetailPane> buildDetail;
    private final StackPane claimsArea;
    /** The open claim's pane, built when a claim is first opened: the list alone is what the tab shows first. */
    private ClaimDetailPane detailPane;
    private final LazyTab<SearchListView<PlacementRow>> placementsTab;

    public ClaimsView(ClaimsContext ctx) {
        Texts texts = ctx.texts();
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        list = new ClaimListViewModel(ctx.claims(), ctx.runner());
        detail = new ClaimDetailViewModel(ctx.claims(), ctx.runner(), texts, ctx.onFailure());
        flow = new WorkflowViewModel(ctx.workflow(), ctx.session(), ctx.runner(), texts, ctx.onFailure());
        detail.claim().addListener((o, a, c) -> flow.open(c == null ? null : c.id()));
        placements = new SearchListViewModel<>(ctx.placements()::page, ctx.runner());
        listPane = new ClaimListPane(list, texts, LocalDate.now(ctx.clock()).getYear(), () -> { }, () -> new ParametersDialog(getScene().getWindow(),
                new ParametersViewModel(ctx.parameters(), ctx.runner(), texts), texts, ctx.onFailure()).showAndWait());
        ClaimActions actions = new ClaimActions(ctx, this::getScene, detail, flow, this::refresh, this::show);
        listPane.setCreate(actions::create);
        listPane.addButtons(ctx.session().may(Action.PUBLISH_NOTICE), actions::publishNotice, actions::printBatch);
        listPane.setCreateVisible(ctx.session().may(Action.INTAKE_CLAIMS));
        if (ctx.paymentBatches().pays()) {
            listPane.addBankLists(actions::bankLists);
        }
        // The list and the open claim each get the whole tab: the list's columns and filters, the claim's lines over its
        // flags and history (that divider is remembered). A click or Enter opens a claim; 返回申报列表 goes back.
        buildDetail = () -> {
            ClaimDetailPane pane = new ClaimDetailPane(detail, flow, new WorkflowPane(flow, texts, actions), texts, actions,
                    ctx.session().may(Action.INTAKE_CLAIMS), ctx.session().may(Action.CLEAR_FLAGS), this::showList);
            new SplitMemory(Preferences.userNodeForPackage(ClaimsView.class)).remember(pane.linesAndBelow(), "claims-lines", 0.62);
            return pane;
        };
        listPane.onOpen(c -> {
            if (detail.claim().get() == null || !detail.claim().get().id().equals(c.id())) {
                detail.open(c.id());
            }
            showClaim();
        });
        claimsArea = new StackPane(listPane);
        showList();
        Tab claimsTab = new Tab(texts.get("claims.tab.claims"), claimsArea);
        claimsTab.setId("claims-claims");
        // the placements are built and read when their tab is first chosen, and read again each time after
        placementsTab = new LazyTab<>(texts.get("claims.tab.placements"), "claims-placements", () -> {
            SearchListView<PlacementRow> placementList = placementList(ctx);
            cn.banan.hrdesk.ui.Permitted.showOnlyIf(ctx.session().may(Action.EDIT_PLACEMENTS), placementList, "#placement-new", "#placement-void");
            return placementList;
        }, view -> placements.list().refreshPage());
        getTabs().addAll(claimsTab, placementsTab.tab());
        refresh();
    }

    private SearchListView<PlacementRow> placementList(ClaimsContext ctx) {
        Texts texts = ctx.texts();
        javafx.scene.control.Button voidButton = cn.banan.hrdesk.ui.Buttons.of("placement-void", texts.get("voiding.button"), () -> { });
        javafx.scene.control.Button attached = cn.banan.hrdesk.ui.Buttons.of("placement-attachments", texts.get("attachments.button"), () -> { });
        SearchListView<PlacementRow> view = new SearchListView<>("placement", texts, placements.search(), placements.list(),
                () -> editPlacement(ctx, null), row -> ctx.runner().run(cn.banan.hrdesk.ui.UiTask.of(null,
                        p -> ctx.placements().find(row.id()).orElseThrow()).onSuccess(pl -> editPlacement(ctx, pl)).onFailure(ctx.onFailure())),
                voidButton, attached);
        voidButton.setOnAction(e -> voidPlacement(ctx, view.table().getSelectionModel().getSelectedItem()));
        attached.setOnAction(e -> {
            PlacementRow row = view.table().getSelectionModel().getSelectedItem();
            new cn.banan.hrdesk.attachments.ui.AttachmentsOpener(ctx.attachments(), ctx.session(), ctx.runner(), texts, ctx.files(), ctx.dialogs(),
                    ctx.onFailure()).open(getScene().getWindow(), cn.banan.hrdesk.attachments.AttachmentOwner.PLACEMENT, row.id(),
                    texts.get("attachments.ofPlacement", row.workerName(), row.enterpriseName(), row.hireDate()));
        });
        attached.disableProperty().bind(view.table().getSelectionModel().selectedItemProperty().isNull());
        voidButton.disableProperty().bind(view.table().getSelectionModel().selectedItemProperty().isNull());
        Columns.add(view.table(), texts.get("registry.worker.name"), 10, PlacementRow::workerName);
        Columns.add(view.table(), texts.get("registry.worker.residentId"), 13, r -> ResidentId.of(r.residentId()).masked());
        Columns.add(view.table(), texts.get("registry.enterprise.name"), 14, PlacementRow::enterpriseName);
        Columns.add(view.table(), texts.get("claims.placement.intermediary"), 12, r -> r.intermediaryName() == null ? "" : r.intermediaryName());
        Columns.add(view.table(), texts.get("claims.placement.channel"), 6, r -> texts.label(r.channel()));
        Columns.add(view.table(), texts.get("claims.detail.hire"), 7, PlacementRow::hireDate);
        Columns.add(view.table(), texts.get("claims.placement.confirmed"), 7, r -> r.confirmedOn() == null ? "" : r.confirmedOn());
        Columns.add(view.table(), texts.get("claims.placement.leave"), 7, r -> r.leaveDate() == null ? "" : r.leaveDate());
        Columns.add(view.table(), texts.get("claims.placement.overlap"), 5, r -> r.overlapping() ? texts.get("claims.placement.overlapping") : "");
        Columns.add(view.table(), texts.get("claims.placement.taskRef"), 8, r -> r.taskRef() == null ? "" : r.taskRef());
        return view;
    }

    /** 作废 a placement entered wrongly, with the reason asked for (refused while a claim was judged on it). */
    private void voidPlacement(ClaimsContext ctx, PlacementRow row) {
        Texts texts = ctx.texts();
        cn.banan.hrdesk.ui.AskReason.ask(getScene().getWindow(), texts, texts.get("voiding.button"),
                texts.get("voiding.header", row.workerName() + " · " + row.enterpriseName())).ifPresent(reason -> ctx.runner().run(
                cn.banan.hrdesk.ui.UiTask.of(null, p -> {
                    ctx.placements().voidPlacement(row.id(), reason);
                    return row.id();
                }).onSuccess(id -> placements.list().refreshPage()).onFailure(ctx.onFailure())));
    }

    private void editPlacement(ClaimsContext ctx, cn.banan.hrdesk.claims.Placement existing) {
        PlacementFormViewModel vm = new PlacementFormViewModel(ctx.placements(), ctx.enterprises(), ctx.parties(), ctx.runner(), ctx.texts(),
                existing);
        ctx.history().attach(ClaimDialogs.placement(getScene().getWindow(), vm, ctx.texts(), ctx.onFailure()), "placement",
                existing == null ? null : existing.id()).showAndWait()
                .ifPresent(id -> placements.list().refreshPage());
    }

    /** Fetches the claims, the open claim and the placements again. */
    public void refresh() {
        String open = detail.claim().get() == null ? null : detail.claim().get().id();
        list.list().refreshPage();
        detail.reopen();
        flow.open(open);
        placementsTab.ifBuilt(view -> placements.list().refreshPage());
    }

    /** Opens the claim {@code id} (a new one, say). */
    private void show(String id) {
        detail.open(id);
        list.list().refreshPage();
        showClaim();
    }

    private void showList() {
        if (detailPane != null) {
            detailPane.setVisible(false);
        }
        listPane.setVisible(true);
        listPane.table().requestFocus();
    }

    private void showClaim() {
        if (detailPane == null) {
            detailPane = buildDetail.get();
            claimsArea.getChildren().add(detailPane);
        }
        listPane.setVisible(false);
        detailPane.setVisible(true);
    }
}
