package cn.banan.hrdesk.claims.workflow;

import static cn.banan.hrdesk.store.generated.Tables.PAYMENT_NOTICE;
import static cn.banan.hrdesk.store.generated.Tables.PAYMENT_NOTICE_CLAIM;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.PaymentNoticeClaimRecord;
import cn.banan.hrdesk.store.generated.tables.records.PaymentNoticeRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** 公示 notices and the claims each lists, in SQL. */
public final class NoticeRepository {
    private final RowStamp stamp;

    public NoticeRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    public Notice insert(DSLContext dsl, String noticeNo, LocalDate startsOn, LocalDate endsOn, String createdBy) {
        PaymentNoticeRecord r = stamp.stampNew(dsl.newRecord(PAYMENT_NOTICE));
        r.setNoticeNo(noticeNo);
        r.setStartsOn(startsOn);
        r.setEndsOn(endsOn);
        r.setCreatedBy(createdBy);
        r.store();
        return new Notice(r.getId(), noticeNo, startsOn, endsOn);
    }

    public void add(DSLContext dsl, String noticeId, String claimId, Money amount) {
        PaymentNoticeClaimRecord r = stamp.stampNew(dsl.newRecord(PAYMENT_NOTICE_CLAIM));
        r.setNoticeId(noticeId);
        r.setClaimId(claimId);
        r.setAmountFen(amount.fen());
        r.store();
    }

    public int countWithPrefix(DSLContext dsl, String prefix) {
        return dsl.fetchCount(PAYMENT_NOTICE, PAYMENT_NOTICE.NOTICE_NO.startsWith(prefix));
    }

    /** The latest notice that listed the claim. */
    public Optional<Notice> latestFor(DSLContext dsl, String claimId) {
        return dsl.select(PAYMENT_NOTICE.fields()).from(PAYMENT_NOTICE).join(PAYMENT_NOTICE_CLAIM)
                .on(PAYMENT_NOTICE_CLAIM.NOTICE_ID.eq(PAYMENT_NOTICE.ID)).where(PAYMENT_NOTICE_CLAIM.CLAIM_ID.eq(claimId))
                .and(PAYMENT_NOTICE.DELETED.isFalse()).orderBy(PAYMENT_NOTICE.STARTS_ON.desc()).limit(1)
                .fetchOptional(r -> toNotice(r.into(PAYMENT_NOTICE)));
    }

    /** The notice that listed the claim and ran on {@code day}, if any (the latest, should two overlap). */
    public Optional<Notice> runningOn(DSLContext dsl, String claimId, LocalDate day) {
        return dsl.select(PAYMENT_NOTICE.fields()).from(PAYMENT_NOTICE).join(PAYMENT_NOTICE_CLAIM)
                .on(PAYMENT_NOTICE_CLAIM.NOTICE_ID.eq(PAYMENT_NOTICE.ID)).where(PAYMENT_NOTICE_CLAIM.CLAIM_ID.eq(claimId))
                .and(PAYMENT_NOTICE.DELETED.isFalse()).and(PAYMENT_NOTICE.STARTS_ON.le(day)).and(PAYMENT_NOTICE.ENDS_ON.ge(day))
                .orderBy(PAYMENT_NOTICE.STARTS_ON.desc()).limit(1).fetchOptional(r -> toNotice(r.into(PAYMENT_NOTICE)));
    }

    public List<Notice> all(DSLContext dsl) {
        return dsl.selectFrom(PAYMENT_NOTICE).where(PAYMENT_NOTICE.DELETED.isFalse()).orderBy(PAYMENT_NOTICE.STARTS_ON.desc())
                .fetch(NoticeRepository::toNotice);
    }

    private static Notice toNotice(PaymentNoticeRecord r) {
        return new Notice(r.getId(), r.getNoticeNo(), r.getStartsOn(), r.getEndsOn());
    }
}
