package cn.banan.hrdesk.claims;

import static cn.banan.hrdesk.store.generated.Tables.CLAIM_LINE;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_LINE_FACT;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE_TIER;
import static cn.banan.hrdesk.store.generated.Tables.PLACEMENT;
import static cn.banan.hrdesk.store.generated.Tables.WORKER;

import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.ClaimLineFactRecord;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Keeps, when a claim passes 初审, the facts each of its lines was judged on: the worker, the enterprise with its tier
 * and park on the hire date, the placement's dates, insured months and task, the parameter version and the judgement.
 * Each 初审 passed adds a set; the lines are read with the latest (see {@link ClaimRepository#lines}).
 */
public final class FrozenFactsRepository {
    private final RowStamp stamp;

    public FrozenFactsRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    public int freeze(DSLContext tx, String claimId, String eventId) {
        Field<String> tier = DSL.select(ENTERPRISE_TIER.TIER).from(ENTERPRISE_TIER)
                .where(ENTERPRISE_TIER.ENTERPRISE_ID.eq(PLACEMENT.ENTERPRISE_ID), ENTERPRISE_TIER.DELETED.isFalse(),
                        ENTERPRISE_TIER.VALID_FROM.le(PLACEMENT.HIRE_DATE),
                        ENTERPRISE_TIER.VALID_TO.isNull().or(ENTERPRISE_TIER.VALID_TO.ge(PLACEMENT.HIRE_DATE)))
                .orderBy(ENTERPRISE_TIER.VALID_FROM.desc()).limit(1).asField("tier");
        String now = stamp.now();
        List<ClaimLineFactRecord> facts = new ArrayList<>();
        tx.select(CLAIM_LINE.ID, CLAIM_LINE.PARAMETER_VERSION, CLAIM_LINE.ELIGIBLE, CLAIM_LINE.AMOUNT_FEN, CLAIM_LINE.MONTHS_COUNTED,
                        CLAIM_LINE.FUNDING_SOURCE, CLAIM_LINE.FAILURES, WORKER.NAME, WORKER.RESIDENT_ID, ENTERPRISE.ID, ENTERPRISE.NAME,
                        ENTERPRISE.PARK, PLACEMENT.CHANNEL, PLACEMENT.HIRE_DATE, PLACEMENT.CONFIRMED_ON, PLACEMENT.LEAVE_DATE,
                        PLACEMENT.INSURED_MONTHS, PLACEMENT.TASK_REF, tier)
                .from(CLAIM_LINE).join(PLACEMENT).on(PLACEMENT.ID.eq(CLAIM_LINE.PLACEMENT_ID))
                .join(WORKER).on(WORKER.ID.eq(PLACEMENT.WORKER_ID)).join(ENTERPRISE).on(ENTERPRISE.ID.eq(PLACEMENT.ENTERPRISE_ID))
                .where(CLAIM_LINE.CLAIM_ID.eq(claimId), CLAIM_LINE.DELETED.isFalse())
                .forEach(r -> {
                    ClaimLineFactRecord f = tx.newRecord(CLAIM_LINE_FACT);
                    stamp.stampNew(f);
                    f.setClaimId(claimId);
                    f.setLineId(r.get(CLAIM_LINE.ID));
                    f.setEventId(eventId);
                    f.setFrozenAt(now);
                    f.setWorkerName(r.get(WORKER.NAME));
                    f.setResidentId(r.get(WORKER.RESIDENT_ID));
                    f.setEnterpriseId(r.get(ENTERPRISE.ID));
                    f.setEnterpriseName(r.get(ENTERPRISE.NAME));
                    f.setTier(r.get(tier));
                    f.setPark(r.get(ENTERPRISE.PARK));
                    f.setChannel(r.get(PLACEMENT.CHANNEL));
                    f.setHireDate(r.get(PLACEMENT.HIRE_DATE));
                    f.setConfirmedOn(r.get(PLACEMENT.CONFIRMED_ON));
                    f.setLeaveDate(r.get(PLACEMENT.LEAVE_DATE));
                    f.setInsuredMonths(r.get(PLACEMENT.INSURED_MONTHS));
                    f.setTaskRef(r.get(PLACEMENT.TASK_REF));
                    f.setParameterVersion(r.get(CLAIM_LINE.PARAMETER_VERSION));
                    f.setEligible(r.get(CLAIM_LINE.ELIGIBLE));
                    f.setAmountFen(r.get(CLAIM_LINE.AMOUNT_FEN));
                    f.setMonthsCounted(r.get(CLAIM_LINE.MONTHS_COUNTED));
                    f.setFundingSource(r.get(CLAIM_LINE.FUNDING_SOURCE));
                    f.setFailures(r.get(CLAIM_LINE.FAILURES));
                    facts.add(f);
                });
        tx.batchInsert(facts).execute();
        return facts.size();
    }
}
