package cn.banan.hrdesk.people;

import static cn.banan.hrdesk.store.generated.Tables.AGREEMENT_STUDENT;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_FLAG;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_LINE;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE;
import static cn.banan.hrdesk.store.generated.Tables.JOB_SEEKER;
import static cn.banan.hrdesk.store.generated.Tables.PLACEMENT;
import static cn.banan.hrdesk.store.generated.Tables.SCHOOL_AGREEMENT;
import static cn.banan.hrdesk.store.generated.Tables.WORKER;

import cn.banan.hrdesk.store.Like;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Every record of the people a query finds, each kind read with the person's ID number and name. A name query scans
 * the workers' names once (no index serves "contains"); everything else goes by the workers' ids through indexes.
 */
public final class PersonRepository {
    public List<PersonRecord> find(DSLContext dsl, PersonQuery q, int limit) {
        // one connection for the six reads: opening one costs more than any of them
        return dsl.connectionResult(c -> read(DSL.using(c, dsl.dialect()), q, limit));
    }

    private List<PersonRecord> read(DSLContext dsl, PersonQuery q, int limit) {
        // the people first, in one pass over the names; then their records by id, through the indexes
        List<String> ids = dsl.select(WORKER.ID).from(WORKER).where(WORKER.DELETED.isFalse().and(q.byId() ? WORKER.RESIDENT_ID.eq(q.id())
                : WORKER.NAME.like(Like.contains(q.text()), Like.ESCAPE))).limit(limit).fetch(WORKER.ID);
        Condition worker = WORKER.ID.in(ids);
        Condition inPark = q.park().map(p -> ENTERPRISE.PARK.eq(p.name())).orElse(DSL.trueCondition());
        List<PersonRecord> out = new ArrayList<>();
        dsl.select(WORKER.RESIDENT_ID, WORKER.NAME, ENTERPRISE.NAME, PLACEMENT.HIRE_DATE).from(PLACEMENT)
                .join(WORKER).on(WORKER.ID.eq(PLACEMENT.WORKER_ID)).join(ENTERPRISE).on(ENTERPRISE.ID.eq(PLACEMENT.ENTERPRISE_ID))
                .where(worker.and(PLACEMENT.DELETED.isFalse()).and(inPark)).orderBy(WORKER.RESIDENT_ID, PLACEMENT.HIRE_DATE).limit(limit)
                .forEach(r -> out.add(new PersonRecord(r.value1(), r.value2(), PersonRecord.Kind.PLACEMENT, r.value3(), r.value4(), null, null,
                        null, null)));
        dsl.select(WORKER.RESIDENT_ID, WORKER.NAME, ENTERPRISE.NAME, PLACEMENT.HIRE_DATE, CLAIM.CLAIM_NO, CLAIM.RULE, CLAIM_LINE.ELIGIBLE,
                        CLAIM_LINE.AMOUNT_FEN).from(CLAIM_LINE)
                .join(CLAIM).on(CLAIM.ID.eq(CLAIM_LINE.CLAIM_ID)).join(PLACEMENT).on(PLACEMENT.ID.eq(CLAIM_LINE.PLACEMENT_ID))
                .join(WORKER).on(WORKER.ID.eq(PLACEMENT.WORKER_ID)).join(ENTERPRISE).on(ENTERPRISE.ID.eq(PLACEMENT.ENTERPRISE_ID))
                .where(worker.and(CLAIM_LINE.DELETED.isFalse()).and(CLAIM.DELETED.isFalse()).and(inPark))
                .orderBy(WORKER.RESIDENT_ID, CLAIM.CLAIM_NO).limit(limit)
                .forEach(r -> out.add(new PersonRecord(r.value1(), r.value2(), PersonRecord.Kind.CLAIM_LINE, r.value3(), r.value4(), r.value5(),
                        r.value6(), Boolean.TRUE.equals(r.value7()) ? "Y" : "N", r.value8())));
        dsl.select(WORKER.RESIDENT_ID, WORKER.NAME, ENTERPRISE.NAME, PLACEMENT.HIRE_DATE, CLAIM.CLAIM_NO, CLAIM.RULE, CLAIM_FLAG.KIND,
                        CLAIM_FLAG.CLEARED_AT).from(CLAIM_FLAG)
                .join(CLAIM_LINE).on(CLAIM_LINE.ID.eq(CLAIM_FLAG.LINE_ID)).join(CLAIM).on(CLAIM.ID.eq(CLAIM_FLAG.CLAIM_ID))
                .join(PLACEMENT).on(PLACEMENT.ID.eq(CLAIM_LINE.PLACEMENT_ID)).join(WORKER).on(WORKER.ID.eq(PLACEMENT.WORKER_ID))
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(PLACEMENT.ENTERPRISE_ID))
                .where(worker.and(CLAIM_FLAG.DELETED.isFalse()).and(inPark)).orderBy(WORKER.RESIDENT_ID, CLAIM.CLAIM_NO).limit(limit)
                .forEach(r -> out.add(new PersonRecord(r.value1(), r.value2(), PersonRecord.Kind.FLAG, r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7() + (r.value8() == null ? ":OPEN" : ":CLEARED"), null)));
        if (q.park().isEmpty()) {
            // the school side and the market are the district's, not a park's
            Condition student = AGREEMENT_STUDENT.DELETED.isFalse().and(q.byId() ? AGREEMENT_STUDENT.RESIDENT_ID.eq(q.id())
                    : AGREEMENT_STUDENT.NAME.like(Like.contains(q.text()), Like.ESCAPE));
            dsl.select(AGREEMENT_STUDENT.RESIDENT_ID, AGREEMENT_STUDENT.NAME, SCHOOL_AGREEMENT.ENTERPRISE, AGREEMENT_STUDENT.PLACED_ON,
                            SCHOOL_AGREEMENT.SCHOOL).from(AGREEMENT_STUDENT)
                    .join(SCHOOL_AGREEMENT).on(SCHOOL_AGREEMENT.ID.eq(AGREEMENT_STUDENT.AGREEMENT_ID)).where(student).limit(limit)
                    .forEach(r -> out.add(new PersonRecord(r.value1(), r.value2(), PersonRecord.Kind.STUDENT, r.value3(), r.value4(), null, null,
                            r.value5(), null)));
            // a job seeker is registered by name alone: an ID query finds those named as the person the ID belongs to
            Condition seeker = JOB_SEEKER.DELETED.isFalse().and(q.byId()
                    ? JOB_SEEKER.NAME.in(DSL.select(WORKER.NAME).from(WORKER).where(worker))
                    : JOB_SEEKER.NAME.like(Like.contains(q.text()), Like.ESCAPE));
            dsl.select(JOB_SEEKER.NAME, JOB_SEEKER.REGISTERED_ON, JOB_SEEKER.WANTED_POST).from(JOB_SEEKER).where(seeker).limit(limit)
                    .forEach(r -> out.add(new PersonRecord(null, r.value1(), PersonRecord.Kind.JOB_SEEKER, null, r.value2(), null, null,
                            r.value3(), null)));
        }
        return out;
    }
}
