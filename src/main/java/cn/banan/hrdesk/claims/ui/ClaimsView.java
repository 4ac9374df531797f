package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.PlacementRow;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.params.ui.ParametersDialog;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.params.ui.ParametersViewModel;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.SearchListView;
import cn.banan.hrdesk.ui.SearchListViewModel;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The 补贴申报 tab: claims with their judged lines and flags, and the placements they are made from. */
public final class ClaimsView extends TabPane {
    private final ClaimListViewModel list;
    private final ClaimDetailViewModel detail;
    private final SearchListViewModel<PlacementRow> placements;
    private final ClaimListPane listPane;
    private final WorkflowViewModel flow;

    public ClaimsView(ClaimsContext ctx) {
        Texts texts = ctx.texts();
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        list = new ClaimListViewModel(ctx.claims(), ctx.runner(), ctx.onFailure());
        detail = new ClaimDetailViewModel(ctx.claims(), ctx.runner(), texts, ctx.onFailure());
        flow = new WorkflowViewModel(ctx.workflow(), ctx.session(), ctx.runner(), texts, ctx.onFailure());
        detail.claim().addListener((o, a, c) -> flow.open(c == null ? null : c.id()));
        placements = new SearchListViewModel<>(ctx.placements()::page, ctx.runner());
        listPane = new ClaimListPane(list, texts, () -> { }, () -> new ParametersDialog(getScene().getWindow(),
                new ParametersViewModel(ctx.parameters(), ctx.runner(), texts), texts, ctx.onFailure()).showAndWait());
        ClaimActions actions = new ClaimActions(ctx, this::getScene, detail, flow, this::refresh, this::show);
        listPane.setCreate(actions::create);
        listPane.addButtons(ctx.session().may(Action.PUBLISH_NOTICE), actions::publishNotice, actions::printBatch);
        listPane.setCreateVisible(ctx.session().may(Action.INTAKE_CLAIMS));
        // Reloading the list clears its selection; the open claim stays open and is selected again afterwards.
        listPane.table().getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null && (detail.claim().get() == null || !detail.claim().get().id().equals(c.id()))) {
                detail.open(c.id());
            }
        });
        // Claims above, the open claim below: its lines and their reasons need the full width.
        SplitPane split = new SplitPane(listPane, new ClaimDetailPane(detail, flow, new WorkflowPane(flow, texts, actions), texts, actions,
                ctx.session().may(Action.INTAKE_CLAIMS), ctx.session().may(Action.CLEAR_FLAGS)));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.36);
        Tab claimsTab = new Tab(texts.get("claims.tab.claims"), split);
        claimsTab.setId("claims-claims");
        SearchListView<PlacementRow> placementList = placementList(ctx);
        cn.banan.hrdesk.ui.Permitted.showOnlyIf(ctx.session().may(Action.EDIT_PLACEMENTS), placementList, "#placement-new");
        Tab placementsTab = new Tab(texts.get("claims.tab.placements"), placementList);
        placementsTab.setId("claims-placements");
        getTabs().addAll(claimsTab, placementsTab);
        refresh();
    }

    private SearchListView<PlacementRow> placementList(ClaimsContext ctx) {
        Texts texts = ctx.texts();
        SearchListView<PlacementRow> view = new SearchListView<>("placement", texts, placements.search(), placements.list(),
                () -> editPlacement(ctx, null), row -> ctx.runner().run(cn.banan.hrdesk.ui.UiTask.of(null,
                        p -> ctx.placements().find(row.id()).orElseThrow()).onSuccess(pl -> editPlacement(ctx, pl)).onFailure(ctx.onFailure())));
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

    private void editPlacement(ClaimsContext ctx, cn.banan.hrdesk.claims.Placement existing) {
        PlacementFormViewModel vm = new PlacementFormViewModel(ctx.placements(), ctx.enterprises(), ctx.parties(), ctx.runner(), ctx.texts(),
                existing);
        ClaimDialogs.placement(getScene().getWindow(), vm, ctx.texts(), ctx.onFailure()).showAndWait()
                .ifPresent(id -> placements.list().refreshPage());
    }

    /** Fetches the claims, the open claim and the placements again. */
    public void refresh() {
        String open = detail.claim().get() == null ? null : detail.claim().get().id();
        list.reload(() -> {
            listPane.select(open);
            detail.reopen();
            flow.open(open);
        });
        placements.list().refreshPage();
    }

    /** Opens the claim {@code id} (a new one, say) once the list holds it. */
    private void show(String id) {
        list.reload(() -> {
            listPane.select(id);
            detail.open(id);
        });
    }
}
