package cn.banan.hrdesk.claims.workflow;

import static cn.banan.hrdesk.store.generated.Tables.CLAIM;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_LINE;
import static cn.banan.hrdesk.store.generated.Tables.NOTICE_OBJECTION;
import static cn.banan.hrdesk.store.generated.Tables.PAYMENT_NOTICE;
import static cn.banan.hrdesk.store.generated.Tables.PLACEMENT;
import static cn.banan.hrdesk.store.generated.Tables.WORKER;

import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.NoticeObjectionRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** 公示 objections in SQL: recorded, settled once, and read with the names of their line, claim and notice. */
public final class ObjectionRepository {
    private final RowStamp stamp;

    public ObjectionRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    public String insert(DSLContext dsl, String noticeId, String claimId, String lineId, String raisedBy, LocalDate raisedOn, String content,
                         String recordedBy) {
        NoticeObjectionRecord r = stamp.stampNew(dsl.newRecord(NOTICE_OBJECTION));
        r.setNoticeId(noticeId);
        r.setClaimId(claimId);
        r.setLineId(lineId);
        r.setRaisedBy(raisedBy);
        r.setRaisedOn(raisedOn);
        r.setContent(content);
        r.setRecordedBy(recordedBy);
        r.store();
        return r.getId();
    }

    /** Settles an open objection; false when it was settled already (it stays as it was). */
    public boolean settle(DSLContext dsl, String id, ObjectionOutcome outcome, String reason, String by, LocalDate on) {
        NoticeObjectionRecord r = dsl.fetchSingle(NOTICE_OBJECTION, NOTICE_OBJECTION.ID.eq(id));
        if (r.getOutcome() != null) {
            return false;
        }
        r.setOutcome(outcome.name());
        r.setSettlement(reason);
        r.setSettledBy(by);
        r.setSettledOn(on);
        stamp.stampChange(r).store();
        return true;
    }

    public java.util.Optional<Objection> find(DSLContext dsl, String id) {
        return read(dsl, NOTICE_OBJECTION.ID.eq(id)).stream().findFirst();
    }

    public List<Objection> ofClaim(DSLContext dsl, String claimId) {
        return read(dsl, NOTICE_OBJECTION.CLAIM_ID.eq(claimId));
    }

    public List<Objection> ofNotice(DSLContext dsl, String noticeId) {
        return read(dsl, NOTICE_OBJECTION.NOTICE_ID.eq(noticeId));
    }

    /** The lines of the claim an upheld objection withholds from payment. */
    public Set<String> withheldLines(DSLContext dsl, String claimId) {
        return ofClaim(dsl, claimId).stream().filter(Objection::withholds).map(Objection::lineId).collect(Collectors.toSet());
    }

    /** How many objections to the claim's lines paid from {@code source} wait for a reviewer. */
    public int openOnSource(DSLContext dsl, String claimId, cn.banan.hrdesk.policy.FundingSource source) {
        return dsl.fetchCount(NOTICE_OBJECTION.join(CLAIM_LINE).on(CLAIM_LINE.ID.eq(NOTICE_OBJECTION.LINE_ID)),
                NOTICE_OBJECTION.CLAIM_ID.eq(claimId).and(NOTICE_OBJECTION.DELETED.isFalse()).and(NOTICE_OBJECTION.OUTCOME.isNull())
                        .and(CLAIM_LINE.FUNDING_SOURCE.eq(source.name())));
    }

    private List<Objection> read(DSLContext dsl, Condition which) {
        return dsl.select(NOTICE_OBJECTION.fields()).select(PAYMENT_NOTICE.NOTICE_NO, CLAIM.CLAIM_NO, WORKER.NAME).from(NOTICE_OBJECTION)
                .join(PAYMENT_NOTICE).on(PAYMENT_NOTICE.ID.eq(NOTICE_OBJECTION.NOTICE_ID))
                .join(CLAIM).on(CLAIM.ID.eq(NOTICE_OBJECTION.CLAIM_ID))
                .join(CLAIM_LINE).on(CLAIM_LINE.ID.eq(NOTICE_OBJECTION.LINE_ID))
                .join(PLACEMENT).on(PLACEMENT.ID.eq(CLAIM_LINE.PLACEMENT_ID))
                .join(WORKER).on(WORKER.ID.eq(PLACEMENT.WORKER_ID))
                .where(which).and(NOTICE_OBJECTION.DELETED.isFalse())
                .orderBy(NOTICE_OBJECTION.RAISED_ON, NOTICE_OBJECTION.VERSION).fetch(ObjectionRepository::toObjection);
    }

    private static Objection toObjection(Record r) {
        NoticeObjectionRecord o = r.into(NOTICE_OBJECTION);
        return new Objection(o.getId(), o.getNoticeId(), r.get(PAYMENT_NOTICE.NOTICE_NO), o.getClaimId(), r.get(CLAIM.CLAIM_NO), o.getLineId(),
                r.get(WORKER.NAME), o.getRaisedBy(), o.getRaisedOn(), o.getContent(), o.getRecordedBy(),
                o.getOutcome() == null ? null : ObjectionOutcome.valueOf(o.getOutcome()), o.getSettlement(), o.getSettledBy(), o.getSettledOn());
    }
}
