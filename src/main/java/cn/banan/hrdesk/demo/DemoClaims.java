package cn.banan.hrdesk.demo;

import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimForm;
import cn.banan.hrdesk.claims.ClaimService;
import cn.banan.hrdesk.claims.Placement;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.claims.PlacementRepository;
import cn.banan.hrdesk.claims.PlacementService;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.params.PolicyParameterRepository;
import cn.banan.hrdesk.policy.PolicyParameters;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.policy.TaskType;
import cn.banan.hrdesk.registry.IntermediaryKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;

/**
 * Demo placements and claims for every rule: eligible lines, lines that fail a condition (unconfirmed hires,
 * short retention, missing insurance), and lines flagged (a placement claimed twice, overlapping placements,
 * insurance stopped at the retention month).
 */
final class DemoClaims {
    private final DSLContext dsl;
    private final ClaimService claims;
    private final PlacementService placementService;
    private final PlacementRepository placements;
    private final Random random;
    private int nextWorker;

    private final DemoYear year;

    DemoClaims(DSLContext dsl, ClaimService claims, PlacementService placementService, PlacementRepository placements, Random random,
               DemoYear year) {
        this.dsl = dsl;
        this.year = year;
        this.claims = claims;
        this.placementService = placementService;
        this.placements = placements;
        this.random = random;
    }

    void fill(List<DemoRegistry.Made> enterprises, DemoParties.Made parties, Progress progress) {
        List<String> agencies = ofKind(parties, IntermediaryKind.HR_AGENCY);
        List<String> brokers = ofKind(parties, IntermediaryKind.LABOUR_BROKER);
        List<DemoRegistry.Made> t1 = enterprises.stream().filter(e -> e.tier() == Tier.T1_ELECTRONICS).toList();
        List<DemoRegistry.Made> t2 = enterprises.stream().filter(e -> e.tier() == Tier.T2_IT_SUPPORT).toList();
        List<DemoRegistry.Made> t3 = enterprises.stream().filter(e -> e.tier() == Tier.T3_DISTRICT_KEY).toList();
        List<PolicyParameters> versions = PolicyParameterRepository.all(dsl);

        List<String> r1a = new ArrayList<>();
        List<String> r1b = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            boolean viaBroker = i % 3 == 2;
            LocalDate hire = year.on(0, 2 + i % 10, 3 + i);
            LocalDate confirmed = i % 7 == 5 ? null : hire.plusDays(2);
            TaskType task = i % 9 == 4 ? null : i % 3 == 0 ? TaskType.EMERGENCY : TaskType.BASIC;
            String p = place(parties.workers().get(nextWorker++), t1.get(i % t1.size()).id(), viaBroker ? brokers.get(0) : agencies.get(0),
                    task == TaskType.EMERGENCY ? Channel.EMERGENCY_SOCIAL : Channel.BASIC_SOCIAL, hire, confirmed, null, "", task);
            (viaBroker ? r1b : r1a).add(p);
        }
        progress.update(1, 4);
        List<String> r2 = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            LocalDate hire = year.on(0, 1 + i % 10, 1 + i);
            LocalDate leave = i % 6 == 1 ? hire.plusDays(20) : i % 6 == 3 ? hire.plusMonths(2).minusDays(1) : null;
            r2.add(place(parties.workers().get(nextWorker++), t2.get(i % t2.size()).id(), agencies.get(1), Channel.BASIC_SOCIAL,
                    hire, hire.plusDays(1), leave, months(hire, 6), null));
        }
        String overlapWorker = placements.find(dsl, r2.get(0)).map(Placement::workerId).orElseThrow();
        String overlapping = place(overlapWorker, t1.get(0).id(), brokers.get(0), Channel.BASIC_SOCIAL, year.on(0, 3, 1),
                year.on(0, 3, 2), null, "", TaskType.BASIC);
        r1b.add(overlapping);
        progress.update(2, 4);
        List<List<String>> r3 = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < 30; i++) {
            DemoRegistry.Made e = t3.get(i % 3);
            LocalDate hire = year.on(0, 3 + i % 9, 5 + i % 20);
            int insured = new int[] {12, 12, 6, 4, 12, 9}[i % 6];
            LocalDate leave = i % 10 == 3 ? hire.plusMonths(4) : null;
            r3.get(i % 3).add(place(parties.workers().get(nextWorker++), e.id(), null, Channel.DIRECT, hire, hire.plusDays(3), leave,
                    months(hire, insured), null));
        }
        progress.update(3, 4);
        claim(Rule.R1, agencies.get(0), year.of(0), year.on(0, 12, 31), r1a, versions);
        claim(Rule.R1, brokers.get(0), year.of(0), year.on(0, 12, 31), r1b, versions);
        claim(Rule.R2, agencies.get(1), year.of(0), year.on(0, 12, 31), r2, versions);
        claim(Rule.R2, agencies.get(1), year.of(1), year.on(1, 6, 30), r2.subList(0, 6), versions);
        for (int k = 0; k < 3; k++) {
            claim(Rule.R3, t3.get(k).id(), year.of(1), year.on(1, 6, 30), r3.get(k), versions);
        }
        claim(Rule.R3, t3.get(0).id(), year.of(2), year.on(1, 12, 31), r3.get(0).subList(0, 2), versions);
        progress.update(4, 4);
    }

    private String place(String worker, String enterprise, String via, Channel channel, LocalDate hire, LocalDate confirmed,
                         LocalDate leave, String insured, TaskType task) {
        return placementService.save(dsl, new PlacementForm(null, worker, enterprise, via, channel, hire, confirmed, leave, insured,
                task == null ? null : DemoLiaison.taskOfKind(task, random.nextInt(12), year)));
    }

    private void claim(Rule rule, String claimant, int year, LocalDate cutoff, List<String> lines, List<PolicyParameters> versions) {
        String id = claims.create(dsl, new ClaimForm(rule, claimant, year, cutoff, null));
        Claim claim = claims.find(dsl, id);
        for (String p : lines) {
            claims.judge(dsl, claim, placements.find(dsl, p).orElseThrow(), versions);
        }
    }

    /** "2024-03~2024-08": insured for {@code n} months from the hire month. */
    private static String months(LocalDate hire, int n) {
        YearMonth first = YearMonth.from(hire);
        return first + "~" + first.plusMonths(n - 1);
    }

    private static List<String> ofKind(DemoParties.Made parties, IntermediaryKind kind) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < parties.intermediaries().size(); i++) {
            if (parties.kinds().get(i) == kind) {
                ids.add(parties.intermediaries().get(i));
            }
        }
        return ids;
    }
}
