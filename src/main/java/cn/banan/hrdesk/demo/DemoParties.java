package cn.banan.hrdesk.demo;

import cn.banan.hrdesk.core.CreditCode;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.registry.PartyRepository;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jooq.DSLContext;

/** Demo intermediaries (agencies, schools, brokers) and workers, with valid ID numbers from real region codes. */
final class DemoParties {
    /** Region codes of Chongqing districts and neighbouring provinces, where the district's workers come from. */
    private static final List<String> REGIONS = List.of("500113", "500113", "500108", "500222", "500230", "510322", "522121", "431223");
    private final DSLContext dsl;
    private final PartyRepository parties;
    private final DemoNames names;
    private final Random random;
    private final Set<String> usedIds = new HashSet<>();

    DemoParties(DSLContext dsl, PartyRepository parties, DemoNames names, Random random) {
        this.dsl = dsl;
        this.parties = parties;
        this.names = names;
        this.random = random;
    }

    /** The ids made: intermediaries (agencies, schools, then brokers) and workers. */
    record Made(List<String> intermediaries, List<IntermediaryKind> kinds, List<String> workers) {
    }

    Made fill(int intermediaries, int workers, Progress progress) {
        Made made = new Made(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<String> agencies = names.list("agency.names");
        List<String> schools = names.list("school.names");
        for (int i = 0; i < intermediaries; i++) {
            progress.checkCancelled();
            IntermediaryKind kind;
            String name;
            String identifier;
            if (i < agencies.size()) {
                kind = IntermediaryKind.HR_AGENCY;
                name = agencies.get(i);
                identifier = creditCode("91500113");
            } else if (i < agencies.size() + schools.size()) {
                kind = IntermediaryKind.VOCATIONAL_SCHOOL;
                name = schools.get(i - agencies.size());
                identifier = creditCode("52500113");
            } else {
                kind = IntermediaryKind.LABOUR_BROKER;
                name = names.text("broker.name", String.format("%02d", i - agencies.size() - schools.size() + 1));
                identifier = residentId(1965, 25);
            }
            made.kinds().add(kind);
            made.intermediaries().add(parties.save(dsl, new Intermediary(null, kind, name, identifier, "139" + (10000000 + random.nextInt(89999999)),
                    name + names.text("account.suffix"), names.pick("banks"), account())));
        }
        List<String> titles = names.list("worker.titles");
        for (int i = 0; i < workers; i++) {
            progress.checkCancelled();
            String name = names.text("worker.name", titles.get(i % titles.size()), String.format("%04d", i + 1));
            TargetGroup group = TargetGroup.values()[random.nextInt(TargetGroup.values().length)];
            made.workers().add(parties.save(dsl, new Worker(null, residentId(1972, 24), name,
                    "13" + (100000000 + random.nextInt(899999999)), group)));
            progress.update(i + 1, workers);
        }
        return made;
    }

    private String creditCode(String prefix) {
        StringBuilder org = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            org.append(random.nextInt(10));
        }
        return CreditCode.complete(prefix + org).value();
    }

    private String residentId(int fromYear, int years) {
        String id;
        do {
            LocalDate birth = LocalDate.of(fromYear + random.nextInt(years), 1, 1).plusDays(random.nextInt(365));
            String first17 = REGIONS.get(random.nextInt(REGIONS.size())) + birth.toString().replace("-", "")
                    + String.format("%03d", random.nextInt(1000));
            id = ResidentId.complete(first17).value();
        } while (!usedIds.add(id));
        return id;
    }

    private String account() {
        StringBuilder no = new StringBuilder("6222");
        for (int i = 0; i < 15; i++) {
            no.append(random.nextInt(10));
        }
        return no.toString();
    }
}
