package cn.banan.hrdesk.app;

import cn.banan.hrdesk.audit.AuditRepository;
import cn.banan.hrdesk.audit.AuditService;
import cn.banan.hrdesk.claims.BulkLineRepository;
import cn.banan.hrdesk.claims.ClaimRepository;
import cn.banan.hrdesk.claims.ClaimService;
import cn.banan.hrdesk.claims.FrozenFactsRepository;
import cn.banan.hrdesk.claims.LineFacts;
import cn.banan.hrdesk.claims.PlacementRepository;
import cn.banan.hrdesk.claims.PlacementService;
import cn.banan.hrdesk.claims.forms.ApprovalForms;
import cn.banan.hrdesk.claims.roster.RosterImport;
import cn.banan.hrdesk.claims.workflow.ClaimEventRepository;
import cn.banan.hrdesk.claims.workflow.NoticeRepository;
import cn.banan.hrdesk.claims.workflow.ObjectionRepository;
import cn.banan.hrdesk.claims.workflow.ObjectionService;
import cn.banan.hrdesk.registry.EnterpriseAccountRepository;
import cn.banan.hrdesk.registry.EnterpriseAccounts;
import cn.banan.hrdesk.claims.workflow.NoticeService;
import cn.banan.hrdesk.claims.workflow.StepRoleRepository;
import cn.banan.hrdesk.claims.workflow.WorkflowService;
import cn.banan.hrdesk.enterprises.DemandVerifications;
import cn.banan.hrdesk.exchange.ExchangeService;
import cn.banan.hrdesk.exchange.SyncConflicts;
import cn.banan.hrdesk.enterprises.EnterpriseServiceRegisters;
import cn.banan.hrdesk.enterprises.RecognitionGrants;
import cn.banan.hrdesk.enterprises.Retention;
import cn.banan.hrdesk.enterprises.RetentionRepository;
import cn.banan.hrdesk.ledger.LedgerExport;
import cn.banan.hrdesk.ledger.LedgerRepository;
import cn.banan.hrdesk.reports.LedgerExports;
import cn.banan.hrdesk.reports.MonthlyReport;
import cn.banan.hrdesk.reports.MonthlyReportRepository;
import cn.banan.hrdesk.liaison.MatchRepository;
import cn.banan.hrdesk.liaison.Matching;
import cn.banan.hrdesk.office.PublicityStats;
import cn.banan.hrdesk.office.WorkFund;
import cn.banan.hrdesk.office.WorkFundRepository;
import cn.banan.hrdesk.office.PublicityStatsRepository;
import cn.banan.hrdesk.liaison.DeliveryResultRepository;
import cn.banan.hrdesk.liaison.DeliveryResults;
import cn.banan.hrdesk.registers.RegisterExport;
import cn.banan.hrdesk.registers.RegisterRepository;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.ledger.LedgerService;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.PasswordHasher;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.security.UserRepository;
import cn.banan.hrdesk.security.UserService;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.demo.DemoData;
import cn.banan.hrdesk.params.PolicyParameterRepository;
import cn.banan.hrdesk.params.PolicyParameterService;
import cn.banan.hrdesk.registry.EnterpriseDetailRepository;
import cn.banan.hrdesk.registry.EnterpriseDetailService;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import cn.banan.hrdesk.registry.EnterpriseService;
import cn.banan.hrdesk.registry.PartyRepository;
import cn.banan.hrdesk.registry.PartyService;
import cn.banan.hrdesk.registry.xlsx.EnterpriseExport;
import cn.banan.hrdesk.registry.xlsx.EnterpriseImport;
import cn.banan.hrdesk.store.Database;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.WriteAuthor;
import cn.banan.hrdesk.voiding.VoidRepository;
import java.time.Clock;
import java.util.Map;

/** Everything the window and the command line use, built once by plain constructor injection. */
public final class Services implements AutoCloseable {
    private final Database database;
    private final Texts texts;
    private final Clock clock;
    private final Site site;
    private final EnterpriseService enterprises;
    private final EnterpriseDetailService enterpriseDetails;
    private final PartyService parties;
    private final DemoData demoData;
    private final PolicyParameterService parameters;
    private final PlacementService placements;
    private final ClaimService claims;
    private final RosterImport rosterImport;
    private final Session session;
    private final UserService users;
    private final WorkflowService workflow;
    private final NoticeService notices;
    private final EnterpriseAccounts enterpriseAccounts;
    private final cn.banan.hrdesk.attachments.Attachments attachments;
    private final cn.banan.hrdesk.claims.payments.PaymentBatches paymentBatches;
    private final ObjectionService objections;
    private final LedgerService ledger;
    private final ApprovalForms forms;
    private final RegisterService registers;
    private final DeliveryResults deliveries;
    private final Retention retention;
    private final PublicityStats publicity;
    private final WorkFund workFund;
    private final Matching matching;
    private final RecognitionGrants recognitionGrants;
    private final ExchangeService exchange;
    private final SyncConflicts conflicts;
    private final AuditService audit;
    private final cn.banan.hrdesk.backup.BackupService backups;
    private final cn.banan.hrdesk.people.PersonLookup people;

    /**
     * {@code session}: who is signed in. The window starts signed out and signs in; the command line works as the
     * operator of the machine ({@link Actor#commandLine}).
     */
    public Services(Database database, Site site, Texts texts, Clock clock, Session session) {
        this(database, site, texts, clock, session, new PasswordHasher());
    }

    /**
     * {@code hasher}: how passwords are hashed. The program always uses {@link PasswordHasher#ITERATIONS} rounds; a test
     * that fills the demo's users on every run may pass fewer, since what it tests is not the hash's strength.
     */
    public Services(Database database, Site site, Texts texts, Clock clock, Session session, PasswordHasher hasher) {
        this.database = database;
        this.session = session;
        this.texts = texts;
        this.clock = clock;
        this.site = site;
        RowStamp stamp = RowStamp.forDatabase(database.dsl(), site, clock);
        VoidRepository voids = new VoidRepository(stamp);
        database.attribute(() -> session.actor().map(Services::author).orElseGet(WriteAuthor::system), stamp::nextVersion);
        EnterpriseRepository enterpriseRepository = new EnterpriseRepository(stamp);
        EnterpriseDetailRepository details = new EnterpriseDetailRepository(stamp);
        PartyRepository partyRepository = new PartyRepository(stamp);
        this.enterprises = new EnterpriseService(database.dsl(), enterpriseRepository, details, clock, session);
        EnterpriseAccountRepository accountRepository = new EnterpriseAccountRepository(stamp);
        this.enterpriseAccounts = new EnterpriseAccounts(database.dsl(), accountRepository, enterprises, session);
        this.enterpriseDetails = new EnterpriseDetailService(database.dsl(), details, session, voids);
        this.parties = new PartyService(database.dsl(), partyRepository, clock, session);
        this.parameters = new PolicyParameterService(database.dsl(), new PolicyParameterRepository(stamp), session);
        PlacementRepository placementRepository = new PlacementRepository(stamp);
        this.placements = new PlacementService(database.dsl(), placementRepository, enterpriseRepository, partyRepository, session, voids);
        ClaimRepository claimRepository = new ClaimRepository(stamp, clock);
        ClaimEventRepository events = new ClaimEventRepository(stamp);
        ObjectionRepository objectionRepository = new ObjectionRepository(stamp);
        cn.banan.hrdesk.attachments.AttachmentRepository attachmentRows = new cn.banan.hrdesk.attachments.AttachmentRepository(stamp);
        this.attachments = new cn.banan.hrdesk.attachments.Attachments(database.dsl(), attachmentRows,
                cn.banan.hrdesk.attachments.AttachmentFiles.beside(database.file()), voids, session, clock);
        cn.banan.hrdesk.claims.Payees payees = new cn.banan.hrdesk.claims.Payees(partyRepository, accountRepository);
        this.claims = new ClaimService(database.dsl(), claimRepository, placementRepository, enterpriseRepository,
                partyRepository, new LineFacts(enterpriseRepository, details, placementRepository, partyRepository), site, events, objectionRepository, payees, session);
        this.users = new UserService(database.dsl(), new UserRepository(clock), hasher, session, clock);
        LedgerRepository ledgerRepository = new LedgerRepository(stamp);
        this.ledger = new LedgerService(database.dsl(), ledgerRepository, session, clock);
        this.exchange = new ExchangeService(database.dsl(), site, stamp, ledgerRepository,
                cn.banan.hrdesk.attachments.AttachmentFiles.beside(database.file()), session, clock, texts);
        exchange.ensureKeys();
        this.conflicts = new SyncConflicts(database.dsl(), stamp, session);
        this.audit = new AuditService(database.dsl(), new AuditRepository(), new cn.banan.hrdesk.audit.ReferentRepository(texts, new cn.banan.hrdesk.exchange.ui.ExchangeLabels(texts)), session, site);
        NoticeRepository noticeRepository = new NoticeRepository(stamp);
        this.workflow = new WorkflowService(database.dsl(), claimRepository, events, new StepRoleRepository(), noticeRepository, objectionRepository, ledger,
                session, clock, new FrozenFactsRepository(stamp));
        this.notices = new NoticeService(database.dsl(), noticeRepository, claims::list, session, texts, site,
                id -> claimRepository.find(database.dsl(), id).flatMap(c -> payees.of(database.dsl(), c)));
        this.forms = new ApprovalForms(database.dsl(), claimRepository, events, partyRepository, enterpriseRepository, ledger, session, texts,
                () -> audit.witnessLine(ledger), objectionRepository, payees, attachmentRows);
        this.paymentBatches = new cn.banan.hrdesk.claims.payments.PaymentBatches(database.dsl(),
                new cn.banan.hrdesk.claims.payments.PaymentBatchRepository(stamp), new cn.banan.hrdesk.claims.payments.PaymentBatches.Reads(
                claimRepository, events, noticeRepository, objectionRepository, payees, claims::list), workflow, ledgerRepository, session, clock,
                texts, site);
        this.objections = new ObjectionService(database.dsl(), objectionRepository, noticeRepository, claimRepository, events, ledger, session,
                clock, texts);
        this.rosterImport = new RosterImport(database.dsl(), claims, placementRepository, enterpriseRepository,
                partyRepository, new BulkLineRepository(stamp, clock), texts, clock);
        RegisterRepository registerRepository = new RegisterRepository(stamp);
        this.registers = new RegisterService(database.dsl(), registerRepository, session, enterpriseRepository, clock,
                Map.of(EnterpriseServiceRegisters.DEMAND, new DemandVerifications(new cn.banan.hrdesk.enterprises.DemandCheckRepository(stamp), details)), voids);
        this.deliveries = new DeliveryResults(database.dsl(), new DeliveryResultRepository());
        this.retention = new Retention(database.dsl(), new RetentionRepository());
        this.publicity = new PublicityStats(database.dsl(), new PublicityStatsRepository());
        this.workFund = new WorkFund(database.dsl(), new WorkFundRepository(stamp), ledger, session, clock);
        this.matching = new Matching(database.dsl(), new MatchRepository());
        this.recognitionGrants = new RecognitionGrants(database.dsl(), new cn.banan.hrdesk.enterprises.RecognitionRequestRepository(stamp), details, session, texts);
        this.people = new cn.banan.hrdesk.people.PersonLookup(database.dsl(), new cn.banan.hrdesk.people.PersonRepository(), session);
        this.backups = new cn.banan.hrdesk.backup.BackupService(database.file(), database.dsl(), site, session, texts, clock);
        this.demoData = new DemoData(database.dsl(), enterpriseRepository, details, accountRepository, partyRepository, claims, placements, placementRepository,
                users, workflow, notices, objections, paymentBatches, attachments, session, texts, clock, registerRepository,
                workFund, registers, database.createdNow());
    }

    /** How the audit trail names an actor: the user and role, or the command line and the operating-system user. */
    static WriteAuthor author(Actor actor) {
        return actor.commandLine()
                ? new WriteAuthor(actor.userId(), actor.name(), null, WriteAuthor.Source.COMMAND_LINE, WriteAuthor.osUserName())
                : new WriteAuthor(actor.userId(), actor.name(), actor.role().name(), WriteAuthor.Source.WINDOW, WriteAuthor.osUserName());
    }

    public cn.banan.hrdesk.people.PersonLookup people() {
        return people;
    }

    public cn.banan.hrdesk.backup.BackupService backups() {
        return backups;
    }

    public AuditService audit() {
        return audit;
    }

    public SyncConflicts conflicts() {
        return conflicts;
    }

    public ExchangeService exchange() {
        return exchange;
    }

    public Session session() {
        return session;
    }

    public UserService users() {
        return users;
    }

    public WorkflowService workflow() {
        return workflow;
    }

    public NoticeService notices() {
        return notices;
    }

    public cn.banan.hrdesk.claims.payments.PaymentBatches paymentBatches() {
        return paymentBatches;
    }

    public cn.banan.hrdesk.attachments.Attachments attachments() {
        return attachments;
    }

    public EnterpriseAccounts enterpriseAccounts() {
        return enterpriseAccounts;
    }

    public ObjectionService objections() {
        return objections;
    }

    public LedgerService ledger() {
        return ledger;
    }

    public ApprovalForms forms() {
        return forms;
    }

    public RegisterService registers() {
        return registers;
    }

    public LedgerExports ledgerExports() {
        return new LedgerExports(enterpriseExport(), claims, new LedgerExport(ledger, session, texts), registerExport(), deliveries, texts, clock);
    }

    public cn.banan.hrdesk.reports.annual.AnnualReport annualReport() {
        return new cn.banan.hrdesk.reports.annual.AnnualReport(database.dsl(), new cn.banan.hrdesk.reports.annual.AnnualRepository(), registers, texts);
    }

    public MonthlyReport monthlyReport() {
        return new MonthlyReport(database.dsl(), new MonthlyReportRepository(), registers, ledger, texts, () -> audit.witnessLine(ledger));
    }

    public RegisterExport registerExport() {
        return new RegisterExport(registers, session, texts);
    }

    public DeliveryResults deliveries() {
        return deliveries;
    }

    public Retention retention() {
        return retention;
    }

    public PublicityStats publicity() {
        return publicity;
    }

    public WorkFund workFund() {
        return workFund;
    }

    public Matching matching() {
        return matching;
    }

    public RecognitionGrants recognitionGrants() {
        return recognitionGrants;
    }

    public EnterpriseImport enterpriseImport() {
        return new EnterpriseImport(enterprises, texts);
    }

    public EnterpriseExport enterpriseExport() {
        return new EnterpriseExport(enterprises, texts);
    }

    public Database database() {
        return database;
    }

    public Texts texts() {
        return texts;
    }

    public Clock clock() {
        return clock;
    }

    public Site site() {
        return site;
    }

    public EnterpriseService enterprises() {
        return enterprises;
    }

    public EnterpriseDetailService enterpriseDetails() {
        return enterpriseDetails;
    }

    public PartyService parties() {
        return parties;
    }

    public PlacementService placements() {
        return placements;
    }

    public RosterImport rosterImport() {
        return rosterImport;
    }

    public ClaimService claims() {
        return claims;
    }

    public PolicyParameterService parameters() {
        return parameters;
    }

    public DemoData demoData() {
        return demoData;
    }

    @Override
    public void close() {
        database.close();
    }
}
