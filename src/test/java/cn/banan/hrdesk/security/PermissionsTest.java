package cn.banan.hrdesk.security;

import static cn.banan.hrdesk.security.Role.ADMIN;
import static cn.banan.hrdesk.security.Role.AUDITOR;
import static cn.banan.hrdesk.security.Role.ENTERPRISE_CLERK;
import static cn.banan.hrdesk.security.Role.FINANCE_APPROVER;
import static cn.banan.hrdesk.security.Role.GENERAL_CLERK;
import static cn.banan.hrdesk.security.Role.LIAISON_CLERK;
import static cn.banan.hrdesk.security.Role.PARK_APPROVER;
import static cn.banan.hrdesk.security.Role.PARK_CLERK;
import static cn.banan.hrdesk.security.Role.PAYER;
import static cn.banan.hrdesk.security.Role.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.ClaimForm;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.claims.workflow.Step;
import cn.banan.hrdesk.claims.workflow.StepRequest;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.policy.PolicyParameters;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every action tried through the real services as every role: only the roles in the table below get past the check.
 * The table is written out here by hand from the roles' work (DESIGN §7, SPEC §4), not read from the program.
 */
class PermissionsTest {
    static final Map<Action, Set<Role>> EXPECTED = new EnumMap<>(Action.class);

    static {
        EXPECTED.put(Action.EDIT_REGISTRY, EnumSet.of(ENTERPRISE_CLERK, PARK_CLERK, GENERAL_CLERK));
        EXPECTED.put(Action.EDIT_PARTIES, EnumSet.of(LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK));
        EXPECTED.put(Action.EDIT_PLACEMENTS, EnumSet.of(LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK));
        EXPECTED.put(Action.INTAKE_CLAIMS, EnumSet.of(LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK));
        EXPECTED.put(Action.CLEAR_FLAGS, EnumSet.of(REVIEWER));
        EXPECTED.put(Action.EDIT_PARAMETERS, EnumSet.of(ADMIN));
        EXPECTED.put(Action.PUBLISH_NOTICE, EnumSet.of(GENERAL_CLERK, LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK));
        EXPECTED.put(Action.CORRECT_LEDGER, EnumSet.of(PAYER));
        // SPEC §4: 区审计局 and 区财政局 read everything
        EXPECTED.put(Action.VIEW_PERSONAL_DATA, EnumSet.of(LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK, REVIEWER, PAYER, AUDITOR,
                FINANCE_APPROVER));
        EXPECTED.put(Action.MANAGE_USERS, EnumSet.of(ADMIN));
        EXPECTED.put(Action.CONFIGURE_WORKFLOW, EnumSet.of(ADMIN));
        EXPECTED.put(Action.EDIT_LIAISON, EnumSet.of(LIAISON_CLERK));
        EXPECTED.put(Action.EDIT_ENTERPRISE_SERVICES, EnumSet.of(ENTERPRISE_CLERK, PARK_CLERK));
        EXPECTED.put(Action.EDIT_OFFICE, EnumSet.of(GENERAL_CLERK));
        EXPECTED.put(Action.APPROVE_WORK_FUND, EnumSet.of(FINANCE_APPROVER));
        EXPECTED.put(Action.DISBURSE_WORK_FUND, EnumSet.of(PAYER));
        EXPECTED.put(Action.ANNOTATE, EnumSet.of(FINANCE_APPROVER, AUDITOR));
        // the stick is carried by the office's and the parks' clerks; only the administrator trusts a new site
        EXPECTED.put(Action.EXCHANGE_DATA, EnumSet.of(GENERAL_CLERK, PARK_CLERK, ADMIN));
        EXPECTED.put(Action.PAIR_SITES, EnumSet.of(ADMIN));
        // a conflict between two sites' versions is settled by the clerks who run the exchange
        EXPECTED.put(Action.SETTLE_CONFLICTS, EnumSet.of(GENERAL_CLERK, PARK_CLERK));
        // the whole trail is 区审计局's to read, and the administrator's who answers for the installation
        EXPECTED.put(Action.READ_AUDIT_TRAIL, EnumSet.of(AUDITOR, ADMIN));
        // the school side is 区教委's with 招工联络部; recognitions, demand checks and retention 区经信委's with 企业服务部 and the parks
        EXPECTED.put(Action.EDIT_SCHOOLS, EnumSet.of(LIAISON_CLERK, Role.EDUCATION_CLERK));
        EXPECTED.put(Action.EDIT_RECOGNITION_AND_RETENTION, EnumSet.of(ENTERPRISE_CLERK, PARK_CLERK, Role.ECONOMY_CLERK));
        // a backup is made by the administrator or a clerk who carries the stick; only the administrator puts one back
        EXPECTED.put(Action.BACK_UP_DATA, EnumSet.of(ADMIN, GENERAL_CLERK, PARK_CLERK));
        EXPECTED.put(Action.RECORD_OBJECTION, EnumSet.of(GENERAL_CLERK, LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK));
        EXPECTED.put(Action.SETTLE_OBJECTION, EnumSet.of(REVIEWER));
        EXPECTED.put(Action.RESTORE_DATA, EnumSet.of(ADMIN));
    }

    /** SPEC §4's default: who does each step until the administrator changes it. */
    static final Map<Step, Set<Role>> STEPS = Map.of(
            Step.INTAKE, EnumSet.of(LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK),
            Step.FIRST_CHECK, EnumSet.of(LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK),
            Step.REVIEW, EnumSet.of(REVIEWER),
            Step.FUNDING, EnumSet.of(FINANCE_APPROVER, PARK_APPROVER),
            Step.PAYMENT, EnumSet.of(PAYER),
            Step.ARCHIVE, EnumSet.of(GENERAL_CLERK, LIAISON_CLERK, ENTERPRISE_CLERK, PARK_CLERK));

    @TempDir
    Path dir;
    Services s;
    TwoFundClaim funded;
    String flagged;
    List<String> workers = new ArrayList<>();
    int attempt;
    String toApprove;
    String toDisburse;

    cn.banan.hrdesk.exchange.SiteCard parkCard;

    @BeforeEach
    void open() {
        s = TempStore.open(dir);
        try (var park = TempStore.open(dir.resolve("park"), cn.banan.hrdesk.core.Site.ECONOMIC_PARK, s.session())) {
            parkCard = park.exchange().writeCard(dir.resolve("park.card"));
            s.exchange().pair(parkCard, null, false);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        funded = new TwoFundClaim(s);
        flagged = new TwoFundClaim.Duplicate(s, funded).claimId;
        for (int i = 0; i < 12; i++) {
            String id = String.format("11010119900307%03d", 400 + i * 2 + 1);
            workers.add(s.parties().save(new Worker(null, id + checkDigit(id), "人员" + i, null, TargetGroup.OTHER)));
        }
        walk(TwoFundClaim.LIAISON, StepRequest.pass(funded.claimId, Step.INTAKE));
        walk(TwoFundClaim.LIAISON_2, StepRequest.pass(funded.claimId, Step.FIRST_CHECK));
        walk(TwoFundClaim.REVIEWER, StepRequest.pass(funded.claimId, Step.REVIEW));
        walk(TwoFundClaim.FINANCE, StepRequest.pass(funded.claimId, Step.FUNDING, FundingSource.DISTRICT_FUND));
        s.workFund().allocate(LocalDate.of(2014, 1, 10), cn.banan.hrdesk.core.Money.ofYuan(10_000), "巴南财发〔2014〕1号");
        List<String> spent = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            spent.add(s.registers().save(cn.banan.hrdesk.office.OfficeRegisters.EXPENDITURES, null, java.util.Map.of("category",
                    cn.banan.hrdesk.office.ExpenseCategory.MEETING, "spent_on", LocalDate.of(2014, 2, 1), "purpose", "会议" + i,
                    "amount_fen", cn.banan.hrdesk.core.Money.ofYuan(500), "voucher_no", "V" + i)));
        }
        s.workFund().request(List.of(spent.get(0)));
        s.workFund().request(List.of(spent.get(1)));
        List<cn.banan.hrdesk.office.Disbursement> requests = s.workFund().requests();
        toApprove = requests.get(1).id();
        toDisburse = requests.get(0).id();
        s.workFund().approve(toDisburse);
    }

    @AfterEach
    void close() {
        s.close();
    }

    static String checkDigit(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return String.valueOf("10X98765432".charAt(sum % 11));
    }

    void walk(Actor who, StepRequest r) {
        TwoFundClaim.act(s, who, r);
        s.session().signIn(cn.banan.hrdesk.testing.Operator.everything("测试"));
    }

    /** Does the action as the signed-in user; false when the services refuse it for the role. */
    boolean tryAction(Action a) throws Exception {
        int n = attempt++;
        try {
            switch (a) {
                case EDIT_REGISTRY -> s.enterpriseDetails().putDemand(s.placements().find(s.claims().lines(funded.claimId).get(0).placementId())
                        .orElseThrow().enterpriseId(), 2014, 10 + n);
                case EDIT_PARTIES -> s.parties().save(s.parties().intermediary(funded.agency).orElseThrow());
                case EDIT_PLACEMENTS -> s.placements().save(new PlacementForm(null, workers.get(n % workers.size()),
                        s.placements().find(s.claims().lines(funded.claimId).get(0).placementId()).orElseThrow().enterpriseId(), null,
                        Channel.DIRECT, LocalDate.of(2014, 1, 1).plusDays(n * 40L), null, LocalDate.of(2014, 1, 1).plusDays(n * 40L + 10), "", null));
                case INTAKE_CLAIMS -> s.claims().reevaluate(flagged, Progress.NONE);
                case CLEAR_FLAGS -> s.claims().clearFlag(s.claims().flags(flagged).get(0).id(), "经核实为补发");
                case EDIT_PARAMETERS -> s.parameters().add(new PolicyParameters(0, LocalDate.of(2030 + n, 1, 1), "试行文号", 5000, 10000, 30, 30000, 3,
                        60000, 12, 6, 6), null);
                case PUBLISH_NOTICE -> s.notices().publish(List.of(funded.claimId), LocalDate.of(2026, 11, 28), 7, dir.resolve("n" + n + ".xlsx"));
                case CORRECT_LEDGER -> s.ledger().reverse(s.ledger().ofClaim(funded.claimId).get(0).id(), "录错");
                case VIEW_PERSONAL_DATA -> {
                    return s.forms().data(funded.claimId).fullIds();
                }
                case MANAGE_USERS -> s.users().all();
                case CONFIGURE_WORKFLOW -> s.workflow().setStepRoles(s.workflow().stepRoles());
                case EDIT_ENTERPRISE_SERVICES -> s.registers().save(cn.banan.hrdesk.enterprises.EnterpriseServiceRegisters.FACILITIES, null,
                        java.util.Map.of("park", Park.ECONOMIC_PARK, "category", cn.banan.hrdesk.enterprises.FacilityCategory.TRANSPORT,
                                "name", "公交 " + n));
                case EDIT_OFFICE -> s.registers().save(cn.banan.hrdesk.office.OfficeRegisters.STAFF, null, java.util.Map.of("name", "专职 " + n,
                        "kind", cn.banan.hrdesk.office.StaffKind.FULL_TIME, "unit", "区就业局"));
                case APPROVE_WORK_FUND -> s.workFund().approve(toApprove);
                case DISBURSE_WORK_FUND -> s.workFund().disburse(toDisburse, null);
                case ANNOTATE -> s.workFund().annotate("disbursement_request", toApprove, "核对凭证 " + n);
                case EXCHANGE_DATA -> s.exchange().export(cn.banan.hrdesk.core.Site.ECONOMIC_PARK, dir.resolve("p" + n + ".hrdx"), Progress.NONE);
                case PAIR_SITES -> s.exchange().pair(parkCard, parkCard.fingerprint(), true);
                case SETTLE_CONFLICTS -> {
                    try {
                        s.conflicts().settle("conflict:none", cn.banan.hrdesk.exchange.SyncConflict.Settlement.KEPT_THIS, null);
                    } catch (cn.banan.hrdesk.core.ValidationException noSuchConflict) {
                        // past the role check: only then is the conflict looked for
                    }
                }
                case READ_AUDIT_TRAIL -> s.audit().page(cn.banan.hrdesk.audit.AuditFilter.ALL, 0, 10);
                case EDIT_SCHOOLS -> s.registers().save(cn.banan.hrdesk.liaison.LiaisonRegisters.MAJORS, null, java.util.Map.of("school",
                        "巴南职教中心", "major", "电子技术 " + n, "graduate_year", 2014L));
                case EDIT_RECOGNITION_AND_RETENTION -> s.registers().save(cn.banan.hrdesk.enterprises.EnterpriseServiceRegisters.HEADCOUNT, null,
                        headcount(n));
                case BACK_UP_DATA -> s.backups().backUpTo(dir.resolve("stick-" + n));
                case RESTORE_DATA -> s.backups().setKeep(1 + n % 50);
                case RECORD_OBJECTION -> {
                    try {
                        s.objections().record(funded.claimId, s.claims().lines(funded.claimId).get(0).id(), "群众来信", LocalDate.of(2026, 11, 27),
                                "称此人未实际到岗");
                    } catch (cn.banan.hrdesk.core.ValidationException notOnANotice) {
                        // past the role check: only then is the claim's notice looked for
                    }
                }
                case SETTLE_OBJECTION -> {
                    try {
                        s.objections().settle("no-such-objection", cn.banan.hrdesk.claims.workflow.ObjectionOutcome.DISMISSED, "经核实在岗");
                    } catch (cn.banan.hrdesk.core.ValidationException noSuchObjection) {
                        // past the role check: only then is the objection looked for
                    }
                }
                case EDIT_LIAISON -> s.registers().save(cn.banan.hrdesk.liaison.LiaisonRegisters.FAIRS, null, java.util.Map.of("kind",
                        cn.banan.hrdesk.liaison.FairKind.MARKET_DAY, "held_on", LocalDate.of(2014, 5, 5), "place", "鱼洞"));
            }
            return true;
        } catch (AccessDeniedException e) {
            assertThat(e.key()).isEqualTo("security.denied.action");
            return false;
        }
    }

    /** A month's headcount of the two-fund claim's park enterprise (typed by credit code), a new month each try. */
    static java.util.Map<String, Object> headcount(int n) {
        return java.util.Map.of("enterprise_id", "91500113MA5U12346T", "month", java.time.YearMonth.of(2014, 1).plusMonths(n).toString(), "start_count", 100L,
                "joiners", 1L, "leavers", 0L, "end_count", 101L);
    }

    /** What each batch command needs, by hand from what it does; the command line gets that and nothing else. */
    static final Map<String, Set<Action>> COMMANDS = Map.of(
            "import-enterprises", EnumSet.of(Action.EDIT_REGISTRY),
            "import-roster", EnumSet.of(Action.INTAKE_CLAIMS, Action.EDIT_PLACEMENTS),
            "exchange export/import", EnumSet.of(Action.EXCHANGE_DATA),
            "exchange pair", EnumSet.of(Action.PAIR_SITES),
            "audit verify/export", EnumSet.of(Action.READ_AUDIT_TRAIL),
            "demo-data", EnumSet.of(Action.MANAGE_USERS),
            "ledger verify, forms, exports", EnumSet.noneOf(Action.class));

    @Test
    void theCommandLineMayDoWhatItsCommandNeedsAndNothingElse() throws Exception {
        for (var command : COMMANDS.entrySet()) {
            s.session().signIn(Actor.commandLine("命令行 " + command.getKey(), command.getValue()));
            for (Action a : Action.values()) {
                if (a != Action.VIEW_PERSONAL_DATA) {
                    assertThat(tryAction(a)).as(command.getKey() + " doing " + a).isEqualTo(command.getValue().contains(a));
                }
            }
        }
    }

    @Test
    void everyRoleTriesEveryActionAndOnlyTheAllowedPass() throws Exception {
        for (Action a : Action.values()) {
            assertThat(EXPECTED).as("the table covers " + a).containsKey(a);
            for (Role r : Role.values()) {
                s.session().signIn(Actor.user("u-" + r, "某" + r, r, r.needsPark() ? Park.ECONOMIC_PARK : null));
                assertThat(tryAction(a)).as(r + " doing " + a).isEqualTo(EXPECTED.get(a).contains(r));
            }
        }
        s.session().signIn(null);
        assertThatThrownBy(() -> s.users().all()).as("signed out: nothing").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyRoleTriesEveryWorkflowStepAndOnlyItsRolesGetPastTheRoleCheck() {
        for (Step step : Step.values()) {
            // A claim not waiting for this step: the allowed roles are stopped by the order, the others by the role.
            String claim = step == Step.FUNDING ? flagged : funded.claimId;
            for (Role r : Role.values()) {
                s.session().signIn(Actor.user("u-" + r, "某" + r, r, r.needsPark() ? Park.ECONOMIC_PARK : null));
                Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> s.workflow().perform(
                        new StepRequest(claim, step, cn.banan.hrdesk.claims.workflow.Decision.PASS, FundingSource.ECONOMIC_PARK, null, null, null)));
                boolean deniedByRole = t instanceof AccessDeniedException d && d.key().equals("workflow.denied.role");
                assertThat(deniedByRole).as(r + " at " + step + ": " + t).isEqualTo(!STEPS.get(step).contains(r));
            }
        }
    }

    @Test
    void eachDepartmentTakesInItsOwnRules() {
        s.session().signIn(Actor.user("u-e", "企业服务", ENTERPRISE_CLERK, null));
        assertThatThrownBy(() -> s.claims().create(new ClaimForm(Rule.R2, funded.agency, 2016, LocalDate.of(2016, 6, 30), null)))
                .isInstanceOf(AccessDeniedException.class);
        s.session().signIn(Actor.user("u-l", "招工联络", LIAISON_CLERK, null));
        assertThat(s.claims().create(new ClaimForm(Rule.R2, funded.agency, 2016, LocalDate.of(2016, 6, 30), null))).isNotBlank();
        s.session().signIn(Actor.user("u-a", "审计", AUDITOR, null));
        assertThatThrownBy(() -> s.claims().create(new ClaimForm(Rule.R2, funded.agency, 2017, LocalDate.of(2017, 6, 30), null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
