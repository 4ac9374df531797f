package cn.banan.hrdesk.audit;

import static cn.banan.hrdesk.store.generated.Tables.APP_USER;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_EVENT;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_LINE;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE;
import static cn.banan.hrdesk.store.generated.Tables.INTERMEDIARY;
import static cn.banan.hrdesk.store.generated.Tables.PLACEMENT;
import static cn.banan.hrdesk.store.generated.Tables.WORKER;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.UtcTimestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** The names of the records audit entries point at: enterprises, intermediaries, workers, placements, claims, their lines and steps, and users. */
public final class ReferentRepository {
    /** SQLite's bound-parameter limit is far above this; a page or a history rarely names more. */
    private static final int CHUNK = 500;

    private final Texts texts;
    private final RecordNames words;

    public ReferentRepository(Texts texts, RecordNames words) {
        this.texts = texts;
        this.words = words;
    }

    public Referents names(DSLContext dsl, Set<String> ids) {
        Map<String, String> names = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            dsl.select(ENTERPRISE.ID, ENTERPRISE.NAME).from(ENTERPRISE).where(ENTERPRISE.ID.in(chunk)).forEach(r -> names.put(r.value1(), r.value2()));
            dsl.select(INTERMEDIARY.ID, INTERMEDIARY.NAME).from(INTERMEDIARY).where(INTERMEDIARY.ID.in(chunk))
                    .forEach(r -> names.put(r.value1(), r.value2()));
            dsl.select(WORKER.ID, WORKER.NAME).from(WORKER).where(WORKER.ID.in(chunk)).forEach(r -> names.put(r.value1(), r.value2()));
            // a user by the name he signs in with: the entry already says his display name beside it
            dsl.select(APP_USER.ID, APP_USER.USERNAME).from(APP_USER).where(APP_USER.ID.in(chunk)).forEach(r -> names.put(r.value1(), r.value2()));
            dsl.select(CLAIM.ID, CLAIM.CLAIM_NO).from(CLAIM).where(CLAIM.ID.in(chunk)).forEach(r -> names.put(r.value1(), r.value2()));
            dsl.select(CLAIM_LINE.ID, WORKER.NAME, ENTERPRISE.NAME).from(CLAIM_LINE).join(PLACEMENT).on(PLACEMENT.ID.eq(CLAIM_LINE.PLACEMENT_ID))
                    .join(WORKER).on(WORKER.ID.eq(PLACEMENT.WORKER_ID)).join(ENTERPRISE).on(ENTERPRISE.ID.eq(PLACEMENT.ENTERPRISE_ID))
                    .where(CLAIM_LINE.ID.in(chunk)).forEach(r -> names.put(r.value1(), r.value2() + " · " + r.value3()));
            // a step by what it was and when: "初审 通过（2026-11-28 10:00）"
            dsl.select(CLAIM_EVENT.ID, CLAIM_EVENT.STEP, CLAIM_EVENT.DECISION, CLAIM_EVENT.AT).from(CLAIM_EVENT).where(CLAIM_EVENT.ID.in(chunk))
                    .forEach(r -> names.put(r.value1(), texts.get("audit.referent.step", words.value("claim_event", "step", r.value2()),
                            words.value("claim_event", "decision", r.value3()), UtcTimestamp.local(r.value4()))));
            dsl.select(PLACEMENT.ID, WORKER.NAME, ENTERPRISE.NAME).from(PLACEMENT).join(WORKER).on(WORKER.ID.eq(PLACEMENT.WORKER_ID))
                    .join(ENTERPRISE).on(ENTERPRISE.ID.eq(PLACEMENT.ENTERPRISE_ID)).where(PLACEMENT.ID.in(chunk))
                    .forEach(r -> names.put(r.value1(), r.value2() + " · " + r.value3()));
        }
        return new Referents(names);
    }
}
