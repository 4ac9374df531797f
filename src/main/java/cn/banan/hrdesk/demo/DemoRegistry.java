package cn.banan.hrdesk.demo;

import cn.banan.hrdesk.core.CreditCode;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.Contact;
import cn.banan.hrdesk.registry.Enterprise;
import cn.banan.hrdesk.registry.EnterpriseDetailRepository;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import cn.banan.hrdesk.registry.Recognition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jooq.DSLContext;

/** Demo enterprises: tiers T1:T2:T3 about 1:1:2, spread over the three parks and outside them. */
final class DemoRegistry {
    private static final String ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private final DSLContext dsl;
    private final EnterpriseRepository enterprises;
    private final EnterpriseDetailRepository details;
    private final DemoNames names;
    private final Random random;
    private final Set<String> usedNames = new HashSet<>();

    private final DemoYear year;

    private final cn.banan.hrdesk.registry.EnterpriseAccountRepository accounts;
    private final Random accountDigits = new Random(2017);

    DemoRegistry(DSLContext dsl, EnterpriseRepository enterprises, EnterpriseDetailRepository details,
                 cn.banan.hrdesk.registry.EnterpriseAccountRepository accounts, DemoNames names, Random random, DemoYear year) {
        this.accounts = accounts;
        this.dsl = dsl;
        this.year = year;
        this.enterprises = enterprises;
        this.details = details;
        this.names = names;
        this.random = random;
    }

    /** A demo enterprise as the demo claims need it. */
    record Made(String id, Tier tier, Park park) {
    }

    List<Made> enterprises(int count, Progress progress) {
        List<Made> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            progress.checkCancelled();
            Tier tier = i % 4 == 0 ? Tier.T1_ELECTRONICS : i % 4 == 1 ? Tier.T2_IT_SUPPORT : Tier.T3_DISTRICT_KEY;
            Park park = Park.values()[(i + i / 4) % Park.values().length];
            String key = tier.name().substring(0, 2);
            String name = uniqueName(key);
            Enterprise e = new Enterprise(null, name, creditCode(), park, names.text("address." + park.name(), String.valueOf(1 + i)),
                    names.pick("industry." + key), null);
            String id = enterprises.insert(dsl, e);
            made.add(new Made(id, tier, park));
            LocalDate since = LocalDate.of(year.of(-2) + random.nextInt(2), 1 + random.nextInt(12), 1);
            details.insertTier(dsl, id, tier, since);
            if (tier == Tier.T3_DISTRICT_KEY && i % 8 != 7) {
                recognition(id, since, i);
            }
            details.putDemand(dsl, id, year.of(0), 50 + random.nextInt(40) * 10);
            details.putDemand(dsl, id, year.of(1), 50 + random.nextInt(40) * 10);
            for (int c = 0; c < 1 + i % 2; c++) {
                String position = names.list("contact.positions").get((i + c) % names.list("contact.positions").size());
                details.insertContact(dsl, id, new Contact(null, position, position, phone()));
            }
            if (i % 10 != 9) {
                // every tenth has given no account yet: its R3 money cannot go into a 代发清单 until it does
                accounts.save(dsl, id, new cn.banan.hrdesk.registry.BankAccount(name,
                        names.list("banks").get(i % names.list("banks").size()), account()));
            }
            progress.update(i + 1, count);
        }
        return made;
    }

    /** A unit's settlement account: 20 digits, from a generator of its own so the rest of the demo stays as it was. */
    private String account() {
        StringBuilder no = new StringBuilder("5000");
        for (int i = 0; i < 16; i++) {
            no.append(accountDigits.nextInt(10));
        }
        return no.toString();
    }

    private void recognition(String enterpriseId, LocalDate since, int i) {
        int sinceYear = since.getYear();
        LocalDate decided = since.minusDays(10 + random.nextInt(20));
        // every fifth recognition has lapsed, so "not recognised on the hire date" has cases to show
        LocalDate to = i % 5 == 2 ? LocalDate.of(sinceYear + 1, 12, 31) : i % 3 == 0 ? null : LocalDate.of(sinceYear + 4, 12, 31);
        details.insertRecognition(dsl, enterpriseId, new Recognition(null, names.text("recognition.units"), decided,
                names.text("recognition.document", String.valueOf(sinceYear), String.valueOf(10 + i)), since, to));
    }

    private String uniqueName(String tierKey) {
        String name;
        do {
            name = names.pick("enterprise.prefix") + names.pick("enterprise." + tierKey);
        } while (!usedNames.add(name));
        return name;
    }

    private CreditCode creditCode() {
        StringBuilder org = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            org.append(ORG_CHARS.charAt(random.nextInt(i == 0 ? ORG_CHARS.length() : 10)));
        }
        return CreditCode.complete("91500113" + org);
    }

    String phone() {
        return "023-6" + (1000000 + random.nextInt(8999999));
    }
}
