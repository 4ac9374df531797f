package cn.banan.hrdesk.claims;

import static cn.banan.hrdesk.store.generated.Tables.CLAIM;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_EVENT;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_LINE;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE;
import static cn.banan.hrdesk.store.generated.Tables.INTERMEDIARY;
import static cn.banan.hrdesk.store.generated.Tables.PLACEMENT;
import static cn.banan.hrdesk.store.generated.Tables.WORKER;

import cn.banan.hrdesk.core.Page;
import cn.banan.hrdesk.store.Like;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.PlacementRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Placements in SQL, with the overlap of one worker's placements worked out by the database. */
public final class PlacementRepository {
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);
    private final RowStamp stamp;

    public PlacementRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    public String save(DSLContext dsl, Placement p) {
        PlacementRecord r = p.id() == null ? stamp.stampNew(dsl.newRecord(PLACEMENT))
                : stamp.stampChange(dsl.fetchSingle(PLACEMENT, PLACEMENT.ID.eq(p.id())));
        fill(r, p);
        r.store();
        return r.getId();
    }

    /** The one place a placement's fields meet the table's columns (a roster's new placements go in by batch). */
    static PlacementRecord fill(PlacementRecord r, Placement p) {
        r.setWorkerId(p.workerId());
        r.setEnterpriseId(p.enterpriseId());
        r.setIntermediaryId(p.intermediaryId());
        r.setChannel(p.channel().name());
        r.setHireDate(p.hireDate());
        r.setConfirmedOn(p.confirmedOn());
        r.setLeaveDate(p.leaveDate());
        r.setInsuredMonths(p.insured().stored());
        r.setTaskRef(p.taskRef());
        return r;
    }

    /** Whether a live line of a claim not rejected (驳回) names the placement: it was judged on it. */
    public boolean inLiveClaim(DSLContext dsl, String placementId) {
        return dsl.fetchExists(DSL.selectOne().from(CLAIM_LINE).join(CLAIM).on(CLAIM.ID.eq(CLAIM_LINE.CLAIM_ID))
                .where(CLAIM_LINE.PLACEMENT_ID.eq(placementId), CLAIM_LINE.DELETED.isFalse(), CLAIM.DELETED.isFalse())
                .andNotExists(DSL.selectOne().from(CLAIM_EVENT).where(CLAIM_EVENT.CLAIM_ID.eq(CLAIM.ID), CLAIM_EVENT.DECISION.eq("REJECT"))));
    }

    public Optional<Placement> find(DSLContext dsl, String id) {
        return dsl.fetchOptional(PLACEMENT, PLACEMENT.ID.eq(id).and(PLACEMENT.DELETED.isFalse())).map(PlacementRepository::toPlacement);
    }

    public Optional<Placement> find(DSLContext dsl, String workerId, String enterpriseId, LocalDate hire) {
        return dsl.fetchOptional(PLACEMENT, PLACEMENT.WORKER_ID.eq(workerId).and(PLACEMENT.ENTERPRISE_ID.eq(enterpriseId))
                .and(PLACEMENT.HIRE_DATE.eq(hire)).and(PLACEMENT.DELETED.isFalse()).and(PLACEMENT.SYNC_HELD.eq(0L))).map(PlacementRepository::toPlacement);
    }

    public List<Placement> ofWorker(DSLContext dsl, String workerId) {
        return dsl.selectFrom(PLACEMENT).where(PLACEMENT.WORKER_ID.eq(workerId).and(PLACEMENT.DELETED.isFalse()))
                .orderBy(PLACEMENT.HIRE_DATE).fetch(PlacementRepository::toPlacement);
    }

    /** Placements listed by hire date, newest first; {@code text} finds a worker's name or ID, or an enterprise. */
    public Page<PlacementRow> page(DSLContext dsl, String text, Condition extra, int offset, int limit) {
        Condition c = PLACEMENT.DELETED.isFalse().and(extra);
        if (text != null && !text.isBlank()) {
            String like = Like.contains(text.strip());
            c = c.and(WORKER.NAME.like(like, Like.ESCAPE).or(WORKER.RESIDENT_ID.like(Like.contains(text.strip().toUpperCase()), Like.ESCAPE))
                    .or(ENTERPRISE.NAME.like(like, Like.ESCAPE)));
        }
        var other = PLACEMENT.as("other");
        Field<Boolean> overlapping = DSL.field(DSL.exists(DSL.selectOne().from(other).where(other.WORKER_ID.eq(PLACEMENT.WORKER_ID)
                .and(other.ID.ne(PLACEMENT.ID)).and(other.DELETED.isFalse())
                .and(other.HIRE_DATE.le(DSL.coalesce(PLACEMENT.LEAVE_DATE, OPEN_END)))
                .and(PLACEMENT.HIRE_DATE.le(DSL.coalesce(other.LEAVE_DATE, OPEN_END)))))).as("overlapping");
        List<PlacementRow> rows = dsl.select(PLACEMENT.ID, WORKER.NAME, WORKER.RESIDENT_ID, ENTERPRISE.NAME, INTERMEDIARY.NAME,
                        PLACEMENT.CHANNEL, PLACEMENT.HIRE_DATE, PLACEMENT.CONFIRMED_ON, PLACEMENT.LEAVE_DATE, PLACEMENT.TASK_REF, overlapping)
                .from(PLACEMENT).join(WORKER).on(WORKER.ID.eq(PLACEMENT.WORKER_ID)).join(ENTERPRISE).on(ENTERPRISE.ID.eq(PLACEMENT.ENTERPRISE_ID))
                .leftJoin(INTERMEDIARY).on(INTERMEDIARY.ID.eq(PLACEMENT.INTERMEDIARY_ID))
                .where(c).orderBy(PLACEMENT.HIRE_DATE.desc(), PLACEMENT.ID).limit(limit).offset(offset)
                .fetch(r -> toRow(r, overlapping));
        int total = dsl.fetchCount(DSL.selectOne().from(PLACEMENT).join(WORKER).on(WORKER.ID.eq(PLACEMENT.WORKER_ID))
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(PLACEMENT.ENTERPRISE_ID)).where(c));
        return new Page<>(rows, offset, total);
    }

    private static PlacementRow toRow(Record r, Field<Boolean> overlapping) {
        return new PlacementRow(r.get(PLACEMENT.ID), r.get(WORKER.NAME), r.get(WORKER.RESIDENT_ID), r.get(ENTERPRISE.NAME),
                r.get(INTERMEDIARY.NAME), Channel.valueOf(r.get(PLACEMENT.CHANNEL)), r.get(PLACEMENT.HIRE_DATE),
                r.get(PLACEMENT.CONFIRMED_ON), r.get(PLACEMENT.LEAVE_DATE), r.get(PLACEMENT.TASK_REF), Boolean.TRUE.equals(r.get(overlapping)));
    }

    static Placement toPlacement(PlacementRecord r) {
        return new Placement(r.getId(), r.getWorkerId(), r.getEnterpriseId(), r.getIntermediaryId(), Channel.valueOf(r.getChannel()),
                r.getHireDate(), r.getConfirmedOn(), r.getLeaveDate(), InsuredMonths.parse(r.getInsuredMonths()), r.getTaskRef());
    }

    /** Conditions for {@link #page}: the placements a claimant could claim for. */
    public static Condition deliveredBy(String intermediaryId) {
        return PLACEMENT.INTERMEDIARY_ID.eq(intermediaryId);
    }

    public static Condition hiredBy(String enterpriseId) {
        return PLACEMENT.ENTERPRISE_ID.eq(enterpriseId);
    }

    /** Hires at an enterprise of the park. */
    public static Condition atPark(cn.banan.hrdesk.core.Park park) {
        return PLACEMENT.ENTERPRISE_ID.in(DSL.select(ENTERPRISE.ID).from(ENTERPRISE).where(ENTERPRISE.PARK.eq(park.name())));
    }

    public static Condition any() {
        return DSL.noCondition();
    }
}
