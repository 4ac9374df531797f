package cn.banan.hrdesk.demo;

import cn.banan.hrdesk.enterprises.EnterpriseServiceRegisters;
import cn.banan.hrdesk.enterprises.RecognitionDecision;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.registers.RegisterRepository;
import cn.banan.hrdesk.registers.RegisterSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;

/** The demo's labour market (posts of key enterprises, job seekers from events) and recognition requests in each state. */
final class DemoMarket {
    private final DemoRows rows;
    private final DemoNames names;
    private final Random random;

    private final DemoYear year;

    DemoMarket(DSLContext tx, RegisterRepository registers, DemoNames names, Random random, DemoYear year) {
        this.rows = new DemoRows(tx, registers);
        this.year = year;
        this.names = names;
        this.random = random;
    }

    private void put(RegisterSpec spec, Object... pairs) {
        rows.put(spec, pairs);
    }

    void fill(List<DemoRegistry.Made> enterprises) {
        List<String> posts = names.list("post.names");
        for (int i = 0; i < 20; i++) {
            long min = 2500L + 100L * random.nextInt(15);
            put(LiaisonRegisters.POSTS, "enterprise_id", enterprises.get(i * 3 % enterprises.size()).id(), "post", posts.get(i % posts.size()),
                    "openings", 2L + random.nextInt(30), "wage_min", min, "wage_max", min + 500L + 100L * random.nextInt(20),
                    "requirements", names.pick("post.requirements"), "posted_on", year.on(0, 2 + i % 10, 1 + random.nextInt(27)));
        }
        for (int i = 1; i <= 30; i++) {
            put(LiaisonRegisters.SEEKERS, "name", names.text("seeker.names") + String.format("%02d", i),
                    "phone", "13" + (100000000 + random.nextInt(899999999)), "registered_on", year.on(0, 3, 1).plusDays(9L * i),
                    "event", names.pick("seeker.events"), "wanted_post", posts.get(random.nextInt(posts.size())),
                    "expected_wage", 2500L + 500L * random.nextInt(6), "skills", names.pick("seeker.skills"));
        }
        RecognitionDecision[] states = {RecognitionDecision.GRANTED, RecognitionDecision.PENDING, RecognitionDecision.REFUSED};
        for (int i = 0; i < 3; i++) {
            boolean granted = states[i] == RecognitionDecision.GRANTED;
            put(EnterpriseServiceRegisters.RECOGNITIONS, "enterprise_id", enterprises.get(2 + 11 * i).id(), "requested_on", year.on(0, 10, 8 + i),
                    "reasons", names.text("recognition.reasons"), "figures", names.text("recognition.figures"),
                    "opinion_economy", states[i] == RecognitionDecision.PENDING ? "" : names.text("recognition.opinion"),
                    "opinion_finance", granted ? names.text("recognition.opinion") : "", "opinion_statistics", granted ? names.text("recognition.opinion") : "",
                    "decision", states[i], "document_no", granted ? names.text("recognition.document", String.valueOf(year.of(0)), "41") : "",
                    "decided_on", granted ? year.on(0, 12, 5) : null, "valid_from", granted ? year.on(1, 1, 1) : null,
                    "valid_to", granted ? year.on(2, 12, 31) : null);
        }
    }
}
