package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.UtcTimestamp;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_EVENT;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_FLAG;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_LINE;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_LINE_FACT;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE;
import static cn.banan.hrdesk.store.generated.Tables.INTERMEDIARY;
import static cn.banan.hrdesk.store.generated.Tables.PLACEMENT;
import static cn.banan.hrdesk.store.generated.Tables.POLICY_PARAMETER;
import static cn.banan.hrdesk.store.generated.Tables.WORKER;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.policy.Judgement;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.ClaimFlagRecord;
import cn.banan.hrdesk.store.generated.tables.records.ClaimLineRecord;
import cn.banan.hrdesk.store.generated.tables.records.ClaimRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import cn.banan.hrdesk.store.Like;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Claims, their lines and their flags in SQL. */
public final class ClaimRepository {
    private static final Field<String> CLAIMANT_NAME = DSL.coalesce(
            DSL.field(DSL.select(INTERMEDIARY.NAME).from(INTERMEDIARY).where(INTERMEDIARY.ID.eq(CLAIM.CLAIMANT_ID))),
            DSL.field(DSL.select(ENTERPRISE.NAME).from(ENTERPRISE).where(ENTERPRISE.ID.eq(CLAIM.CLAIMANT_ID))));
    private static final Field<Integer> OPEN_FLAGS = DSL.field(DSL.select(DSL.count()).from(CLAIM_FLAG)
            .where(CLAIM_FLAG.CLAIM_ID.eq(CLAIM.ID).and(CLAIM_FLAG.CLEARED_AT.isNull()).and(CLAIM_FLAG.DELETED.isFalse())));

    private final RowStamp stamp;
    private final Clock clock;

    public ClaimRepository(RowStamp stamp, Clock clock) {
        this.stamp = stamp;
        this.clock = clock;
    }

    public String insert(DSLContext dsl, Claim c) {
        ClaimRecord r = stamp.stampNew(dsl.newRecord(CLAIM));
        r.setClaimNo(c.claimNo());
        r.setClaimantKind(c.claimantKind().name());
        r.setClaimantId(c.claimantId());
        r.setRule(c.rule().name());
        r.setPeriodYear(c.periodYear());
        r.setCutoffDate(c.cutoffDate());
        r.setCreatedAt(UtcTimestamp.now(clock));
        r.setNote(c.note());
        r.store();
        return r.getId();
    }

    public Optional<Claim> find(DSLContext dsl, String id) {
        return dsl.fetchOptional(CLAIM, CLAIM.ID.eq(id).and(CLAIM.DELETED.isFalse())).map(ClaimRepository::toClaim);
    }

    public Optional<Claim> findByNo(DSLContext dsl, String claimNo) {
        return dsl.fetchOptional(CLAIM, CLAIM.CLAIM_NO.eq(claimNo).and(CLAIM.DELETED.isFalse()).and(CLAIM.SYNC_HELD.eq(0L))).map(ClaimRepository::toClaim);
    }

    public int countWithPrefix(DSLContext dsl, String prefix) {
        return dsl.fetchCount(CLAIM, CLAIM.CLAIM_NO.startsWith(prefix));
    }

    public boolean r1Exists(DSLContext dsl, String claimantId, int year) {
        return dsl.fetchExists(CLAIM, CLAIM.RULE.eq("R1").and(CLAIM.CLAIMANT_ID.eq(claimantId)).and(CLAIM.PERIOD_YEAR.eq(year))
                .and(CLAIM.DELETED.isFalse()));
    }

    /** Writes the judgement of {@code placementId} in the claim, replacing an earlier one. */
    public String putLine(DSLContext dsl, String claimId, String placementId, Judgement j, int monthsGranted) {
        ClaimLineRecord r = dsl.fetchOptional(CLAIM_LINE, CLAIM_LINE.CLAIM_ID.eq(claimId).and(CLAIM_LINE.PLACEMENT_ID.eq(placementId))
                .and(CLAIM_LINE.DELETED.isFalse()).and(CLAIM_LINE.SYNC_HELD.eq(0L))).map(stamp::stampChange).orElseGet(() -> stamp.stampNew(dsl.newRecord(CLAIM_LINE)));
        fill(r, claimId, placementId, j, monthsGranted, UtcTimestamp.now(clock));
        r.store();
        return r.getId();
    }

    /** The one place a judged line meets the table's columns (a roster's first-time lines go in by batch). */
    static ClaimLineRecord fill(ClaimLineRecord r, String claimId, String placementId, Judgement j, int monthsGranted, String judgedAt) {
        r.setClaimId(claimId);
        r.setPlacementId(placementId);
        r.setEligible(j.eligible());
        r.setAmountFen(j.amount().fen());
        r.setMonthsCounted(j.monthsCounted());
        r.setMonthsGranted(monthsGranted);
        r.setFundingSource(j.fundingSource() == null ? null : j.fundingSource().name());
        r.setReasons(String.join(";", j.reasons().stream().map(Enum::name).toList()));
        r.setFailures(FailureCodec.encode(j.failures()));
        r.setParameterVersion(j.parameterVersion());
        r.setJudgedAt(judgedAt);
        return r;
    }

    public List<String> placementIds(DSLContext dsl, String claimId) {
        return dsl.select(CLAIM_LINE.PLACEMENT_ID).from(CLAIM_LINE).where(CLAIM_LINE.CLAIM_ID.eq(claimId).and(CLAIM_LINE.DELETED.isFalse()))
                .fetch(CLAIM_LINE.PLACEMENT_ID);
    }

    // a line's people and dates: the frozen facts when a standing 初审 froze them (the join below), else the registry's
    private static final Field<String> LINE_WORKER = DSL.coalesce(CLAIM_LINE_FACT.WORKER_NAME, WORKER.NAME).as("line_worker");
    private static final Field<String> LINE_RESIDENT_ID = DSL.coalesce(CLAIM_LINE_FACT.RESIDENT_ID, WORKER.RESIDENT_ID).as("line_resident_id");
    private static final Field<String> LINE_ENTERPRISE = DSL.coalesce(CLAIM_LINE_FACT.ENTERPRISE_NAME, ENTERPRISE.NAME).as("line_enterprise");
    private static final Field<java.time.LocalDate> LINE_HIRED = DSL.coalesce(CLAIM_LINE_FACT.HIRE_DATE, PLACEMENT.HIRE_DATE).as("line_hired");
    private static final Field<java.time.LocalDate> LINE_LEFT = DSL.when(CLAIM_LINE_FACT.ID.isNotNull(), CLAIM_LINE_FACT.LEAVE_DATE)
            .otherwise(PLACEMENT.LEAVE_DATE).as("line_left");

    /**
     * The lines with their people and dates: as frozen at the claim's 初审 while that stands (a later edit of the
     * placement, worker or enterprise does not reach a claim under way), else as they are now (before 初审, and after a
     * 退回补正 until the next 初审).
     */
    public List<ClaimLine> lines(DSLContext dsl, String claimId) {
        var e = CLAIM_EVENT.as("e");
        var back = CLAIM_EVENT.as("back");
        var standing = DSL.select(e.ID).from(e).where(e.CLAIM_ID.eq(CLAIM_LINE.CLAIM_ID), e.STEP.eq("FIRST_CHECK"), e.DECISION.eq("PASS"))
                .andNotExists(DSL.selectOne().from(back).where(back.CLAIM_ID.eq(e.CLAIM_ID), back.DECISION.eq("RETURN"), back.VERSION.gt(e.VERSION)))
                .orderBy(e.VERSION.desc()).limit(1);
        var f = CLAIM_LINE_FACT;
        return dsl.select(CLAIM_LINE.asterisk(), LINE_WORKER, LINE_RESIDENT_ID, LINE_ENTERPRISE, LINE_HIRED, LINE_LEFT, POLICY_PARAMETER.DOCUMENT_NO)
                .from(CLAIM_LINE).join(PLACEMENT).on(PLACEMENT.ID.eq(CLAIM_LINE.PLACEMENT_ID))
                .leftJoin(f).on(f.LINE_ID.eq(CLAIM_LINE.ID).and(f.EVENT_ID.eq(standing)))
                .leftJoin(POLICY_PARAMETER).on(POLICY_PARAMETER.POLICY_VERSION.eq(CLAIM_LINE.PARAMETER_VERSION).and(POLICY_PARAMETER.DELETED.isFalse()))
                .join(WORKER).on(WORKER.ID.eq(PLACEMENT.WORKER_ID)).join(ENTERPRISE).on(ENTERPRISE.ID.eq(PLACEMENT.ENTERPRISE_ID))
                .where(CLAIM_LINE.CLAIM_ID.eq(claimId).and(CLAIM_LINE.DELETED.isFalse()))
                .orderBy(CLAIM_LINE.ELIGIBLE.desc(), LINE_WORKER).fetch(ClaimRepository::toLine);
    }

    /** Lines of other claims (not {@code claimId}) for any of these placements, with their claims' rule and claimant. */
    /**
     * Lines of the placements in other claims, leaving out rejected (驳回) claims: nothing was paid under them, so
     * they neither use up the R2 cap nor make a new claim a duplicate.
     */
    public List<OtherLine> otherLines(DSLContext dsl, String claimId, List<String> placementIds) {
        return dsl.select(CLAIM_LINE.ID, CLAIM_LINE.PLACEMENT_ID, CLAIM_LINE.ELIGIBLE, CLAIM_LINE.MONTHS_GRANTED, CLAIM.CLAIM_NO,
                        CLAIM.RULE, CLAIM.CLAIMANT_ID)
                .from(CLAIM_LINE).join(CLAIM).on(CLAIM.ID.eq(CLAIM_LINE.CLAIM_ID))
                .where(CLAIM_LINE.PLACEMENT_ID.in(placementIds).and(CLAIM_LINE.CLAIM_ID.ne(claimId))
                        .and(CLAIM_LINE.DELETED.isFalse()).and(CLAIM.DELETED.isFalse())
                        .andNotExists(DSL.selectOne().from(CLAIM_EVENT).where(CLAIM_EVENT.CLAIM_ID.eq(CLAIM.ID))
                                .and(CLAIM_EVENT.DECISION.eq("REJECT"))))
                .fetch(r -> new OtherLine(r.get(CLAIM_LINE.PLACEMENT_ID), Boolean.TRUE.equals(r.get(CLAIM_LINE.ELIGIBLE)),
                        r.get(CLAIM_LINE.MONTHS_GRANTED), r.get(CLAIM.CLAIM_NO), Rule.valueOf(r.get(CLAIM.RULE)), r.get(CLAIM.CLAIMANT_ID)));
    }

    /** A line of another claim, as the duplicate checks and the R2 cap need it. */
    public record OtherLine(String placementId, boolean eligible, int monthsGranted, String claimNo, Rule rule, String claimantId) {
    }

    public List<ClaimFlag> flags(DSLContext dsl, String claimId) {
        return dsl.selectFrom(CLAIM_FLAG).where(CLAIM_FLAG.CLAIM_ID.eq(claimId).and(CLAIM_FLAG.DELETED.isFalse()))
                .orderBy(CLAIM_FLAG.RAISED_AT, CLAIM_FLAG.ID).fetch(ClaimRepository::toFlag);
    }

    public ClaimFlag flag(DSLContext dsl, String flagId) {
        return toFlag(dsl.fetchSingle(CLAIM_FLAG, CLAIM_FLAG.ID.eq(flagId)));
    }

    /** Raises a flag unless the same one (claim, line, kind) was raised before, open or cleared. */
    public void raise(DSLContext dsl, String claimId, String lineId, FlagKind kind, String detail) {
        boolean known = dsl.fetchExists(CLAIM_FLAG, CLAIM_FLAG.CLAIM_ID.eq(claimId).and(CLAIM_FLAG.LINE_ID.eq(lineId))
                .and(CLAIM_FLAG.KIND.eq(kind.name())).and(CLAIM_FLAG.DELETED.isFalse()));
        if (!known) {
            ClaimFlagRecord r = stamp.stampNew(dsl.newRecord(CLAIM_FLAG));
            r.setClaimId(claimId);
            r.setLineId(lineId);
            r.setKind(kind.name());
            r.setDetail(detail);
            r.setRaisedAt(UtcTimestamp.now(clock));
            r.store();
        }
    }

    /** Returns false when the flag was already cleared (it stays as it was). */
    public boolean clear(DSLContext dsl, String flagId, String by, String reason) {
        ClaimFlagRecord r = dsl.fetchSingle(CLAIM_FLAG, CLAIM_FLAG.ID.eq(flagId));
        if (r.getClearedAt() != null) {
            return false;
        }
        r.setClearedBy(by);
        r.setClearedAt(UtcTimestamp.now(clock));
        r.setClearReason(reason);
        stamp.stampChange(r).store();
        return true;
    }

    /** A page of the claims the query picks (all of them, status aside), newest number first; status still INTAKE. */
    public List<ClaimSummary> summaries(DSLContext dsl, ClaimQuery q, int offset, int limit) {
        var lines = DSL.select(DSL.count()).from(CLAIM_LINE).where(CLAIM_LINE.CLAIM_ID.eq(CLAIM.ID).and(CLAIM_LINE.DELETED.isFalse()));
        var eligible = DSL.select(DSL.count()).from(CLAIM_LINE).where(CLAIM_LINE.CLAIM_ID.eq(CLAIM.ID).and(CLAIM_LINE.DELETED.isFalse())
                .and(CLAIM_LINE.ELIGIBLE.isTrue()));
        var amount = DSL.select(DSL.coalesce(DSL.sum(CLAIM_LINE.AMOUNT_FEN), DSL.inline(java.math.BigDecimal.ZERO))).from(CLAIM_LINE)
                .where(CLAIM_LINE.CLAIM_ID.eq(CLAIM.ID).and(CLAIM_LINE.DELETED.isFalse()));
        return dsl.select(CLAIM.ID, CLAIM.CLAIM_NO, CLAIMANT_NAME, CLAIM.RULE, CLAIM.PERIOD_YEAR, DSL.field(lines), DSL.field(eligible),
                        DSL.field(amount), DSL.field(OPEN_FLAGS))
                .from(CLAIM).where(where(q)).orderBy(CLAIM.CLAIM_NO.desc()).limit(limit).offset(offset)
                .fetch(r -> new ClaimSummary(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                        Rule.valueOf(r.get(3, String.class)), r.get(4, Integer.class), ClaimStatus.INTAKE, r.get(5, Integer.class),
                        r.get(6, Integer.class), new Money(r.get(7, Long.class)), r.get(8, Integer.class)));
    }

    public int count(DSLContext dsl, ClaimQuery q) {
        return dsl.fetchCount(CLAIM, where(q));
    }

    private static Condition where(ClaimQuery q) {
        Condition c = CLAIM.DELETED.isFalse();
        String text = q.text() == null ? "" : q.text().strip();
        if (!text.isEmpty()) {
            c = c.and(CLAIM.CLAIM_NO.like(Like.contains(text.toUpperCase()), Like.ESCAPE).or(CLAIMANT_NAME.like(Like.contains(text), Like.ESCAPE)));
        }
        if (q.rule() != null) {
            c = c.and(CLAIM.RULE.eq(q.rule().name()));
        }
        if (q.year() != null) {
            c = c.and(CLAIM.PERIOD_YEAR.eq(q.year()));
        }
        if (q.source() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(CLAIM_LINE).where(CLAIM_LINE.CLAIM_ID.eq(CLAIM.ID)).and(CLAIM_LINE.DELETED.isFalse())
                    .and(CLAIM_LINE.ELIGIBLE.isTrue()).and(CLAIM_LINE.FUNDING_SOURCE.eq(q.source().name()))));
        }
        if (q.openFlagsOnly()) {
            c = c.and(OPEN_FLAGS.gt(0));
        }
        if (q.park() != null) {
            c = c.and(inPark(q.park()));
        }
        return c;
    }

    /**
     * A claim is a park's when it was taken in at the park's site, when its claimant is an enterprise of the park
     * (R3), or when one of its lines is a hire at an enterprise of the park (that park's committee pays the line).
     */
    static Condition inPark(cn.banan.hrdesk.core.Park park) {
        var e = ENTERPRISE.as("in_park");
        var p = PLACEMENT.as("in_park_placement");
        var l = CLAIM_LINE.as("in_park_line");
        return CLAIM.ORIGIN_SITE.eq(park.name())
                .or(DSL.exists(DSL.selectOne().from(e).where(e.ID.eq(CLAIM.CLAIMANT_ID), e.PARK.eq(park.name()))))
                .or(DSL.exists(DSL.selectOne().from(l).join(p).on(p.ID.eq(l.PLACEMENT_ID)).join(e).on(e.ID.eq(p.ENTERPRISE_ID))
                        .where(l.CLAIM_ID.eq(CLAIM.ID), l.DELETED.isFalse(), e.PARK.eq(park.name()))));
    }

    /** Whether the claim is one of the park's (see {@link #inPark}). */
    public boolean isInPark(DSLContext dsl, String claimId, cn.banan.hrdesk.core.Park park) {
        return dsl.fetchExists(DSL.selectOne().from(CLAIM).where(CLAIM.ID.eq(claimId), inPark(park)));
    }

    static Claim toClaim(ClaimRecord r) {
        return new Claim(r.getId(), r.getClaimNo(), ClaimantKind.valueOf(r.getClaimantKind()), r.getClaimantId(), Rule.valueOf(r.getRule()),
                r.getPeriodYear(), r.getCutoffDate(), r.getNote());
    }

    private static ClaimLine toLine(Record r) {
        String fs = r.get(CLAIM_LINE.FUNDING_SOURCE);
        return new ClaimLine(r.get(CLAIM_LINE.ID), r.get(CLAIM_LINE.PLACEMENT_ID), r.get(LINE_WORKER), r.get(LINE_RESIDENT_ID),
                r.get(LINE_ENTERPRISE), r.get(LINE_HIRED), r.get(LINE_LEFT),
                Boolean.TRUE.equals(r.get(CLAIM_LINE.ELIGIBLE)),
                new Money(r.get(CLAIM_LINE.AMOUNT_FEN)), r.get(CLAIM_LINE.MONTHS_COUNTED), r.get(CLAIM_LINE.MONTHS_GRANTED),
                fs == null ? null : FundingSource.valueOf(fs), FailureCodec.decode(r.get(CLAIM_LINE.FAILURES)), r.get(CLAIM_LINE.PARAMETER_VERSION),
                r.get(POLICY_PARAMETER.DOCUMENT_NO));
    }

    private static ClaimFlag toFlag(ClaimFlagRecord r) {
        return new ClaimFlag(r.getId(), r.getClaimId(), r.getLineId(), FlagKind.valueOf(r.getKind()), r.getDetail(),
                Instant.parse(r.getRaisedAt()), r.getClearedBy(), r.getClearedAt() == null ? null : Instant.parse(r.getClearedAt()),
                r.getClearReason());
    }
}
