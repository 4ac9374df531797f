package cn.banan.hrdesk.app;

import cn.banan.hrdesk.audit.AuditWords;
import cn.banan.hrdesk.audit.ui.AuditLogView;
import cn.banan.hrdesk.exchange.ui.ExchangeLabels;
import cn.banan.hrdesk.audit.ui.AuditLogViewModel;
import cn.banan.hrdesk.audit.ui.RecordHistory;
import cn.banan.hrdesk.claims.ui.ClaimsContext;
import cn.banan.hrdesk.claims.ui.ClaimsView;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.reports.annual.ui.AnnualView;
import cn.banan.hrdesk.reports.annual.ui.AnnualViewModel;
import cn.banan.hrdesk.ledger.LedgerExport;
import cn.banan.hrdesk.ledger.ui.LedgerView;
import cn.banan.hrdesk.ledger.ui.LedgerViewModel;
import cn.banan.hrdesk.enterprises.ui.EnterpriseServicesView;
import cn.banan.hrdesk.liaison.ui.LiaisonView;
import cn.banan.hrdesk.office.ui.OfficeView;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.registry.ui.RegistryContext;
import cn.banan.hrdesk.registry.ui.RegistryView;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.FxTaskRunner;
import cn.banan.hrdesk.ui.LazyTab;
import cn.banan.hrdesk.exchange.ui.ExchangeRights;
import cn.banan.hrdesk.exchange.ui.ExchangeView;
import cn.banan.hrdesk.exchange.ui.ExchangeViewModel;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The main window's content: one tab per working feature, and the status bar. Only working tabs appear. */
public final class MainWindow extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private final RegistryView registry;

    private final LazyTab<ClaimsView> claims;
    private final LazyTab<LedgerView> ledger;
    private final LazyTab<LiaisonView> liaison;
    private final LazyTab<OfficeView> office;
    private final LazyTab<EnterpriseServicesView> enterpriseServices;
    private final LazyTab<ExchangeView> exchange;

    public MainWindow(Services services, FxTaskRunner runner, FileDialogs files) {
        this(services, runner, files, null);
    }

    public MainWindow(Services services, FxTaskRunner runner, FileDialogs files, Runnable switchUser) {
        this(services, runner, files, switchUser, null);
    }

    /**
     * {@code switchUser}: signs someone else in and builds the window again for their role; {@code restore}: puts a
     * confirmed backup in place of the database and opens it again (either null: not offered).
     */
    public MainWindow(Services services, FxTaskRunner runner, FileDialogs files, Runnable switchUser, java.util.function.Consumer<java.nio.file.Path> restore) {
        Texts texts = services.texts();
        Dialogs dialogs = new Dialogs(texts);
        java.util.function.Consumer<Throwable> onFailure = e -> {
            LOG.error("operation failed", e);
            dialogs.error(getScene() == null ? null : getScene().getWindow(), ErrorMessages.describe(e, texts));
        };
        AuditWords auditWords = new AuditWords(texts, new ExchangeLabels(texts));
        RecordHistory history = new RecordHistory(services.audit(), auditWords, runner, texts, onFailure);
        RegistryContext registryContext = new RegistryContext(services.enterprises(), services.enterpriseDetails(), services.enterpriseAccounts(),
                services.parties(), services.enterpriseImport(), services.enterpriseExport(), runner, files, dialogs, texts,
                services.clock(), onFailure, services.session(), history,
                new cn.banan.hrdesk.attachments.ui.AttachmentsOpener(services.attachments(), services.session(), runner, texts, files, dialogs, onFailure));
        registry = new RegistryView(registryContext);
        Tab registryTab = new Tab(texts.get("app.tab.registry"), registry);
        registryTab.setId("tab-registry");
        Session session = services.session();
        // every tab but the first is built when first chosen; each choice reads its data again
        claims = new LazyTab<>(texts.get("app.tab.claims"), "tab-claims", () -> new ClaimsView(new ClaimsContext(services.claims(),
                services.placements(), services.parameters(), services.rosterImport(), services.enterprises(), services.parties(),
                services.workflow(), services.notices(), services.objections(), services.paymentBatches(), services.attachments(),
                services.forms(), session, runner, files, dialogs, texts, services.clock(), registryContext.onFailure(), history)),
                ClaimsView::refresh);
        ledger = new LazyTab<>(texts.get("app.tab.ledger"), "tab-ledger", () -> new LedgerView(new LedgerViewModel(services.ledger(),
                new LedgerExport(services.ledger(), session, texts), runner, texts, registryContext.onFailure()), texts, files, dialogs,
                session.may(Action.CORRECT_LEDGER), cn.banan.hrdesk.security.PersonalData.inFull(session)), LedgerView::reload);
        liaison = new LazyTab<>(texts.get("app.tab.liaison"), "tab-liaison", () -> new LiaisonView(services.registers(),
                services.registerExport(), services.deliveries(), services.matching(), session, runner, texts, files, dialogs,
                registryContext.onFailure(), history), LiaisonView::reload);
        office = new LazyTab<>(texts.get("app.tab.office"), "tab-office", () -> new OfficeView(services.registers(), services.registerExport(),
                services.publicity(), services.workFund(), services.monthlyReport(), session, runner, texts, files, dialogs, services.clock(),
                registryContext.onFailure(), history, new cn.banan.hrdesk.attachments.ui.AttachmentsOpener(services.attachments(), session,
                runner, texts, files, dialogs, registryContext.onFailure())), OfficeView::reload);
        enterpriseServices = new LazyTab<>(texts.get("app.tab.services"), "tab-services", () -> new EnterpriseServicesView(services.registers(),
                services.registerExport(), services.retention(), services.recognitionGrants(), session, runner, texts, files, dialogs,
                services.clock(), registryContext.onFailure(), history), EnterpriseServicesView::reload);
        exchange = new LazyTab<>(texts.get("app.tab.exchange"), "tab-exchange", () -> new ExchangeView(new ExchangeViewModel(services.exchange(),
                services.conflicts(), runner, texts, registryContext.onFailure()), texts, files, dialogs,
                new ExchangeRights(session.may(Action.EXCHANGE_DATA), session.may(Action.PAIR_SITES), session.may(Action.SETTLE_CONFLICTS))),
                ExchangeView::reload);
        LazyTab<cn.banan.hrdesk.people.ui.PeopleView> people = new LazyTab<>(texts.get("people.tab"), "tab-people",
                () -> new cn.banan.hrdesk.people.ui.PeopleView(new cn.banan.hrdesk.people.ui.PeopleViewModel(services.people(), runner, texts,
                        onFailure)), view -> { });
        LazyTab<AnnualView> annual = new LazyTab<>(texts.get("annual.tab"), "tab-annual", () -> new AnnualView(
                new AnnualViewModel(services.annualReport(), runner, texts, services.clock(), onFailure), files, dialogs), AnnualView::reload);
        // the whole trail is for those who may read it; everyone else reads a record's own history from its form
        LazyTab<AuditLogView> auditLog = new LazyTab<>(texts.get("app.tab.audit"), "tab-audit", () -> new AuditLogView(
                new AuditLogViewModel(services.audit(), auditWords, runner, texts, onFailure), texts, files, dialogs), AuditLogView::reload);
        TabPane tabs = new TabPane(registryTab, claims.tab(), people.tab(), ledger.tab(), office.tab(), enterpriseServices.tab(), liaison.tab(),
                annual.tab(), exchange.tab());
        if (session.may(Action.READ_AUDIT_TRAIL)) {
            tabs.getTabs().add(auditLog.tab());
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        setTop(new UserBar(services, runner, dialogs, registryContext.onFailure(), switchUser, files, restore));
        setBottom(new StatusBar(services.site(), services.database().file(), runner, texts));
    }

    public RegistryView registry() {
        return registry;
    }

    /** After the demo data (or anything else that changes much at once): every list fetched again. */
    public void reloadAll() {
        registry.reload();
        claims.ifBuilt(ClaimsView::refresh);
        ledger.ifBuilt(LedgerView::reload);
        liaison.ifBuilt(LiaisonView::reload);
        office.ifBuilt(OfficeView::reload);
        enterpriseServices.ifBuilt(EnterpriseServicesView::reload);
        exchange.ifBuilt(ExchangeView::reload);
    }
}
