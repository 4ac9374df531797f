package cn.banan.hrdesk.claims.workflow;

import static cn.banan.hrdesk.store.generated.Tables.CLAIM_EVENT;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_LINE;

import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.ClaimEventRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** Workflow events in SQL: only ever inserted (triggers refuse updates and deletes). */
public final class ClaimEventRepository {
    private final RowStamp stamp;

    public ClaimEventRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    public ClaimEvent insert(DSLContext dsl, String claimId, Step step, Decision decision, FundingSource source, Actor actor,
                             String reason, String overrideReason) {
        ClaimEventRecord r = stamp.stampNew(dsl.newRecord(CLAIM_EVENT));
        r.setClaimId(claimId);
        r.setStep(step.name());
        r.setDecision(decision.name());
        r.setFundingSource(source == null ? null : source.name());
        r.setUserId(actor.userId());
        r.setUserName(actor.name());
        r.setRole(actor.role().name());
        r.setAt(stamp.now());
        r.setReason(reason);
        r.setOverrideReason(overrideReason);
        r.store();
        return toEvent(r);
    }

    /** A claim's events in the order they happened (the clock's version orders events of one millisecond). */
    public List<ClaimEvent> of(DSLContext dsl, String claimId) {
        return dsl.selectFrom(CLAIM_EVENT).where(CLAIM_EVENT.CLAIM_ID.eq(claimId)).orderBy(CLAIM_EVENT.AT, CLAIM_EVENT.VERSION)
                .fetch(ClaimEventRepository::toEvent);
    }

    /** Every claim's events, for the claims list. */
    /** The events of the claims {@code ids}, by claim, in order. */
    public Map<String, List<ClaimEvent>> of(DSLContext dsl, java.util.Collection<String> ids) {
        Map<String, List<ClaimEvent>> by = new HashMap<>();
        dsl.selectFrom(CLAIM_EVENT).where(CLAIM_EVENT.CLAIM_ID.in(ids)).orderBy(CLAIM_EVENT.AT, CLAIM_EVENT.VERSION)
                .forEach(r -> by.computeIfAbsent(r.getClaimId(), k -> new ArrayList<>()).add(toEvent(r)));
        return by;
    }

    /** Who pays a claim: the funding sources of its eligible lines. */
    public Set<FundingSource> sources(DSLContext dsl, String claimId) {
        Set<FundingSource> s = EnumSet.noneOf(FundingSource.class);
        dsl.selectDistinct(CLAIM_LINE.FUNDING_SOURCE).from(CLAIM_LINE).where(CLAIM_LINE.CLAIM_ID.eq(claimId))
                .and(CLAIM_LINE.DELETED.isFalse()).and(CLAIM_LINE.ELIGIBLE.isTrue()).and(CLAIM_LINE.AMOUNT_FEN.gt(0L))
                .forEach(r -> s.add(FundingSource.valueOf(r.value1())));
        return s;
    }

    public Map<String, Set<FundingSource>> sources(DSLContext dsl, java.util.Collection<String> ids) {
        Map<String, Set<FundingSource>> by = new HashMap<>();
        dsl.selectDistinct(CLAIM_LINE.CLAIM_ID, CLAIM_LINE.FUNDING_SOURCE).from(CLAIM_LINE).where(CLAIM_LINE.CLAIM_ID.in(ids))
                .and(CLAIM_LINE.DELETED.isFalse())
                .and(CLAIM_LINE.ELIGIBLE.isTrue()).and(CLAIM_LINE.AMOUNT_FEN.gt(0L))
                .forEach(r -> by.computeIfAbsent(r.value1(), k -> EnumSet.noneOf(FundingSource.class)).add(FundingSource.valueOf(r.value2())));
        return by;
    }

    public ClaimProgress progress(DSLContext dsl, String claimId) {
        return ClaimProgress.of(of(dsl, claimId), sources(dsl, claimId));
    }

    private static ClaimEvent toEvent(ClaimEventRecord r) {
        return new ClaimEvent(r.getId(), r.getClaimId(), Step.valueOf(r.getStep()), Decision.valueOf(r.getDecision()),
                r.getFundingSource() == null ? null : FundingSource.valueOf(r.getFundingSource()), r.getUserId(), r.getUserName(),
                Role.valueOf(r.getRole()), Instant.parse(r.getAt()), r.getReason(), r.getOverrideReason());
    }
}
