package cn.banan.hrdesk.demo;

import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE;
import static cn.banan.hrdesk.store.generated.Tables.INTERMEDIARY;
import static cn.banan.hrdesk.store.generated.Tables.WORKER;

import cn.banan.hrdesk.claims.ClaimService;
import cn.banan.hrdesk.claims.PlacementRepository;
import cn.banan.hrdesk.claims.PlacementService;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.registry.EnterpriseDetailRepository;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import cn.banan.hrdesk.registry.PartyRepository;
import cn.banan.hrdesk.claims.workflow.NoticeService;
import cn.banan.hrdesk.claims.workflow.ObjectionService;
import cn.banan.hrdesk.claims.workflow.WorkflowService;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.office.WorkFund;
import cn.banan.hrdesk.registers.RegisterRepository;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.security.UserAccount;
import cn.banan.hrdesk.security.UserService;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The demo set (示例数据): about 60 enterprises over the three tiers and four locations, 20 intermediaries and
 * 500 workers, with valid check characters and invented names. Written in one transaction, only into an
 * empty database, the same every time (fixed seed).
 */
public final class DemoData {
    public static final int ENTERPRISES = 60;
    public static final int INTERMEDIARIES = 20;
    public static final int WORKERS = 500;
    private final DSLContext dsl;
    private final EnterpriseRepository enterprises;
    private final EnterpriseDetailRepository details;
    private final PartyRepository parties;
    private final ClaimService claims;
    private final PlacementService placementService;
    private final PlacementRepository placements;
    private final UserService users;
    private final WorkflowService workflow;
    private final NoticeService notices;
    private final ObjectionService objections;
    private final cn.banan.hrdesk.claims.payments.PaymentBatches paymentBatches;
    private final cn.banan.hrdesk.attachments.Attachments attachments;
    private final Session session;
    private final Texts texts;
    private final Clock clock;
    private final RegisterRepository registers;
    private final WorkFund workFund;
    private final RegisterService registerService;

    private final boolean newFile;
    private final cn.banan.hrdesk.registry.EnterpriseAccountRepository accounts;

    public DemoData(DSLContext dsl, EnterpriseRepository enterprises, EnterpriseDetailRepository details,
                    cn.banan.hrdesk.registry.EnterpriseAccountRepository accounts, PartyRepository parties,
                    ClaimService claims, PlacementService placementService, PlacementRepository placements, UserService users,
                    WorkflowService workflow, NoticeService notices, ObjectionService objections,
                    cn.banan.hrdesk.claims.payments.PaymentBatches paymentBatches,
                    cn.banan.hrdesk.attachments.Attachments attachments, Session session, Texts texts, Clock clock,
                    RegisterRepository registers, WorkFund workFund, RegisterService registerService, boolean newFile) {
        this.newFile = newFile;
        this.accounts = accounts;
        this.dsl = dsl;
        this.enterprises = enterprises;
        this.details = details;
        this.parties = parties;
        this.claims = claims;
        this.placementService = placementService;
        this.placements = placements;
        this.users = users;
        this.workflow = workflow;
        this.notices = notices;
        this.objections = objections;
        this.paymentBatches = paymentBatches;
        this.attachments = attachments;
        this.session = session;
        this.texts = texts;
        this.clock = clock;
        this.registers = registers;
        this.workFund = workFund;
        this.registerService = registerService;
    }

    public boolean databaseIsEmpty() {
        return dsl.fetchCount(ENTERPRISE) + dsl.fetchCount(INTERMEDIARY) + dsl.fetchCount(WORKER) == 0;
    }

    /**
     * Whether the demo may go into this database: one made for it (the file did not exist when the program opened it)
     * or one already marked as a demo. A real site's database never takes it, however empty its registry, because
     * the demo adds users with a published password.
     */
    public boolean demoDatabase() {
        return newFile || cn.banan.hrdesk.store.DemoMark.isDemo(dsl);
    }

    /**
     * Fills the database; refuses (IllegalStateException) one that already holds registry data. The records and
     * users go in one transaction; then some claims are walked along the workflow, each step in its own, as the
     * workflow always does.
     */
    public void fill(Progress progress) throws IOException {
        // The demo makes users with a published password: only whoever may manage users may load it.
        session.require(cn.banan.hrdesk.security.Action.MANAGE_USERS);
        if (!demoDatabase()) {
            throw new NotADemoDatabaseException();
        }
        Map<String, UserAccount> demoUsers = dsl.transactionResult(tx -> {
            if (tx.dsl().fetchCount(ENTERPRISE) + tx.dsl().fetchCount(INTERMEDIARY) + tx.dsl().fetchCount(WORKER) > 0) {
                throw new DatabaseNotEmptyException();
            }
            cn.banan.hrdesk.store.DemoMark.mark(tx.dsl());
            Random random = new Random(2014);
            DemoYear year = DemoYear.endingAround(java.time.LocalDate.now(clock));
            DemoNames names = new DemoNames(random);
            var made = new DemoRegistry(tx.dsl(), enterprises, details, accounts, names, random, year).enterprises(ENTERPRISES, progress);
            var people = new DemoParties(tx.dsl(), parties, names, random).fill(INTERMEDIARIES, WORKERS, progress);
            DemoLiaison liaison = new DemoLiaison(tx.dsl(), registers, names, random, year);
            liaison.tasks();
            new DemoClaims(tx.dsl(), claims, placementService, placements, random, year).fill(made, people, progress);
            liaison.fill();
            new DemoDepartments(tx.dsl(), registers, registerService, names, random, java.time.LocalDate.now(clock), year).fill(made);
            new DemoMarket(tx.dsl(), registers, names, random, year).fill(made);
            Set<String> taken = users.usernames(tx.dsl());
            return DemoUsers.create(tx.dsl(), users, texts, taken);
        });
        DemoWorkflow walk = new DemoWorkflow(workflow, notices, objections, paymentBatches, attachments, claims::lines, session, demoUsers, clock);
        walk.walk(claims::list, new DemoNames(new Random(2016)));
        walk.workFund(workFund, registerService, new DemoNames(new Random(2015)));
    }

    /** The demo set only goes into a database made for it (see {@link #demoDatabase}). */
    public static final class NotADemoDatabaseException extends IllegalStateException {
        public NotADemoDatabaseException() {
            super("not a demo database");
        }
    }

    /** The demo set only goes into an empty database, so it can never mix with real records. */
    public static final class DatabaseNotEmptyException extends IllegalStateException {
        public DatabaseNotEmptyException() {
            super("the database already holds data; demo data goes only into an empty one");
        }
    }
}
