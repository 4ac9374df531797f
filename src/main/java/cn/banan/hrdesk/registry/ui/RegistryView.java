package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.ui.Permitted;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.ui.SearchListViewModel;
import cn.banan.hrdesk.ui.LazyTab;
import cn.banan.hrdesk.ui.SearchListView;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.core.Masking;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.Worker;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The 企业名录 tab: enterprises, intermediaries and workers, each a list with its forms. */
public final class RegistryView extends TabPane {
    private final EnterpriseListViewModel enterprises;
    private final SearchListViewModel<Intermediary> intermediaries;
    private final SearchListViewModel<Worker> workers;
    private final LazyTab<SearchListView<Intermediary>> intermediaryTab;
    private final LazyTab<SearchListView<Worker>> workerTab;

    public RegistryView(RegistryContext ctx) {
        Texts texts = ctx.texts();
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        enterprises = new EnterpriseListViewModel(ctx.enterprises(), ctx.runner(), ctx.clock());
        intermediaries = new SearchListViewModel<>(ctx.parties()::intermediaries, ctx.runner());
        workers = new SearchListViewModel<>(ctx.parties()::workers, ctx.runner());
        EnterpriseActions actions = new EnterpriseActions(ctx, this::getScene, enterprises.list()::refreshPage, enterprises::query);
        Tab e = new Tab(texts.get("registry.tab.enterprises"), new EnterpriseListView(enterprises, texts, actions));
        e.setId("registry-enterprises");
        // the other two lists are built and read when first chosen, as the main window's tabs are
        intermediaryTab = new LazyTab<>(texts.get("registry.tab.intermediaries"), "registry-intermediaries", () -> {
            SearchListView<Intermediary> view = intermediaryList(ctx);
            Permitted.showOnlyIf(ctx.session().may(Action.EDIT_PARTIES), view, "#intermediary-new");
            return view;
        }, view -> intermediaries.list().reload());
        workerTab = new LazyTab<>(texts.get("registry.tab.workers"), "registry-workers", () -> {
            SearchListView<Worker> view = workerList(ctx);
            Permitted.showOnlyIf(ctx.session().may(Action.EDIT_PARTIES), view, "#worker-new");
            return view;
        }, view -> workers.list().reload());
        getTabs().addAll(e, intermediaryTab.tab(), workerTab.tab());
        Permitted.showOnlyIf(ctx.session().may(Action.EDIT_REGISTRY), (javafx.scene.Parent) e.getContent(), "#enterprise-new", "#enterprise-import");
        reload();
    }

    public void reload() {
        enterprises.list().reload();
        intermediaryTab.ifBuilt(view -> intermediaries.list().reload());
        workerTab.ifBuilt(view -> workers.list().reload());
    }

    private SearchListView<Intermediary> intermediaryList(RegistryContext ctx) {
        Texts texts = ctx.texts();
        CheckBox reveal = revealBox("intermediary-reveal", texts, intermediaries, ctx.session());
        SearchListView<Intermediary> view = new SearchListView<>("intermediary", texts, intermediaries.search(), intermediaries.list(),
                () -> editIntermediary(ctx, null), item -> editIntermediary(ctx, item), reveal);
        Columns.add(view.table(), texts.get("registry.intermediary.name"), 20, Intermediary::name);
        Columns.add(view.table(), texts.get("registry.intermediary.kind"), 8, x -> texts.label(x.kind()));
        Columns.add(view.table(), texts.get("registry.intermediary.identifier"), 14,
                x -> x.kind().isPerson() && !intermediaries.reveal().get() ? ResidentId.of(x.identifier()).masked() : x.identifier());
        Columns.add(view.table(), texts.get("registry.intermediary.bankName"), 14, Intermediary::bankName);
        Columns.add(view.table(), texts.get("registry.intermediary.accountNo"), 14,
                x -> intermediaries.reveal().get() ? x.accountNo() : Masking.account(x.accountNo()));
        intermediaries.reveal().addListener((o, a, b) -> view.table().refresh());
        return view;
    }

    private SearchListView<Worker> workerList(RegistryContext ctx) {
        Texts texts = ctx.texts();
        CheckBox reveal = revealBox("worker-reveal", texts, workers, ctx.session());
        SearchListView<Worker> view = new SearchListView<>("worker", texts, workers.search(), workers.list(),
                () -> editWorker(ctx, null), item -> editWorker(ctx, item), reveal);
        Columns.add(view.table(), texts.get("registry.worker.name"), 12, Worker::name);
        Columns.add(view.table(), texts.get("registry.worker.residentId"), 14,
                x -> workers.reveal().get() ? x.residentId() : ResidentId.of(x.residentId()).masked());
        Columns.add(view.table(), texts.get("registry.worker.birthDate"), 7, x -> ResidentId.of(x.residentId()).birthDate());
        Columns.add(view.table(), texts.get("registry.worker.sex"), 3, x -> texts.label(ResidentId.of(x.residentId()).sex()));
        Columns.add(view.table(), texts.get("registry.worker.group"), 9, x -> texts.label(x.group()));
        Columns.add(view.table(), texts.get("registry.worker.phone"), 9,
                x -> workers.reveal().get() ? x.phone() : Masking.phone(x.phone()));
        workers.reveal().addListener((o, a, b) -> view.table().refresh());
        return view;
    }

    /** Only roles that need ID numbers and accounts in full (DESIGN §3) get the box at all. */
    private static CheckBox revealBox(String id, Texts texts, SearchListViewModel<?> vm, Session session) {
        CheckBox box = new CheckBox(texts.get("registry.reveal"));
        box.setId(id);
        box.setVisible(cn.banan.hrdesk.security.PersonalData.inFull(session));
        box.setManaged(box.isVisible());
        box.selectedProperty().bindBidirectional(vm.reveal());
        return box;
    }

    private void editIntermediary(RegistryContext ctx, Intermediary existing) {
        IntermediaryFormViewModel vm = new IntermediaryFormViewModel(ctx.parties(), ctx.runner(), ctx.texts(), existing);
        ctx.history().attach(PartyEditors.intermediary(getScene().getWindow(), vm, ctx.texts(), ctx.onFailure()), "intermediary",
                existing == null ? null : existing.id()).showAndWait()
                .ifPresent(id -> intermediaries.list().refreshPage());
    }

    private void editWorker(RegistryContext ctx, Worker existing) {
        WorkerFormViewModel vm = new WorkerFormViewModel(ctx.parties(), ctx.runner(), ctx.texts(), ctx.clock(), existing);
        ctx.history().attach(PartyEditors.worker(getScene().getWindow(), vm, ctx.texts(), ctx.onFailure()), "worker",
                existing == null ? null : existing.id()).showAndWait()
                .ifPresent(id -> workers.list().refreshPage());
    }

    public EnterpriseListViewModel enterprises() {
        return enterprises;
    }
}
