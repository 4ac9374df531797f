package cn.banan.hrdesk.reports.annual;

import static cn.banan.hrdesk.store.generated.Tables.CLAIM;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_EVENT;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_LINE;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE_DEMAND;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE_TIER;
import static cn.banan.hrdesk.store.generated.Tables.INTERMEDIARY;
import static cn.banan.hrdesk.store.generated.Tables.NOTICE_OBJECTION;
import static cn.banan.hrdesk.store.generated.Tables.PLACEMENT;
import static cn.banan.hrdesk.store.generated.Tables.RECRUITMENT_TASK;
import static cn.banan.hrdesk.store.generated.Tables.LEDGER_ENTRY;
import static cn.banan.hrdesk.store.generated.Tables.PUBLICITY;
import static cn.banan.hrdesk.store.generated.Tables.WORKER;
import static cn.banan.hrdesk.store.generated.Tables.WORK_FUND_EXPENDITURE;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;

/** The year's claims and hires, summed in SQL from the records (never typed) for the year-end figures. */
public final class AnnualRepository {
    /** The years any claim or hire belongs to, newest first. */
    public List<Integer> years(DSLContext dsl) {
        TreeSet<Integer> years = new TreeSet<>(dsl.selectDistinct(CLAIM.PERIOD_YEAR).from(CLAIM).where(CLAIM.DELETED.isFalse()).fetch(CLAIM.PERIOD_YEAR));
        dsl.selectDistinct(DSL.substring(PLACEMENT.HIRE_DATE.cast(String.class), 1, 4)).from(PLACEMENT).where(PLACEMENT.DELETED.isFalse())
                .forEach(r -> years.add(Integer.parseInt(r.value1())));
        return List.copyOf(years.descendingSet());
    }

    /** The year's claims (by their 申报年度) counted in groups of one dimension. */
    public List<ClaimFigures> claims(DSLContext dsl, int year, ClaimDimension dimension) {
        Field<String> key = switch (dimension) {
            case RULE -> CLAIM.RULE;
            case SOURCE -> CLAIM_LINE.FUNDING_SOURCE;
            case PARK -> ENTERPRISE.PARK;
            case TIER -> tierOnHireDay();
            case CLAIMANT -> DSL.coalesce(DSL.field(DSL.select(INTERMEDIARY.KIND).from(INTERMEDIARY)
                    .where(INTERMEDIARY.ID.eq(CLAIM.CLAIMANT_ID)).limit(1)), DSL.inline("ENTERPRISE"));
        };
        Condition counted = CLAIM_LINE.ELIGIBLE.isTrue().and(notRejected());
        Condition approved = counted.and(notWithheld());
        Condition paid = approved.and(sourcePaid());
        return dsl.select(key, DSL.countDistinct(CLAIM.ID), DSL.count(), sumWhen(counted, DSL.inline(1L)),
                        sumWhen(approved, CLAIM_LINE.AMOUNT_FEN), sumWhen(paid, CLAIM_LINE.AMOUNT_FEN))
                .from(CLAIM_LINE).join(CLAIM).on(CLAIM.ID.eq(CLAIM_LINE.CLAIM_ID)).join(PLACEMENT).on(PLACEMENT.ID.eq(CLAIM_LINE.PLACEMENT_ID))
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(PLACEMENT.ENTERPRISE_ID))
                .where(CLAIM.PERIOD_YEAR.eq(year), CLAIM.DELETED.isFalse(), CLAIM_LINE.DELETED.isFalse())
                .groupBy(key).orderBy(key)
                .fetch(r -> new ClaimFigures(r.value1(), r.value2(), r.value3(), r.value4().intValue(), r.value5().longValue(), r.value6().longValue()));
    }

    /** People hired in the year by their group: hired, confirmed (入职确认), and those with a payable line of a claim not rejected. */
    public List<Tally> hiresByGroup(DSLContext dsl, int year) {
        return dsl.select(WORKER.TARGET_GROUP, DSL.count(), DSL.count(PLACEMENT.CONFIRMED_ON), sumWhen(DSL.exists(payableLine()), DSL.inline(1L)))
                .from(PLACEMENT).join(WORKER).on(WORKER.ID.eq(PLACEMENT.WORKER_ID))
                .where(hiredIn(year)).groupBy(WORKER.TARGET_GROUP)
                .fetch(r -> new Tally(r.value1(), null, r.value2(), r.value3(), r.value4().longValue()));
    }

    /** Key enterprises' approved demand (核定用工数) for the year beside their hires while recognised T3, and how many of those R3 pays. */
    public List<Tally> demandAndHires(DSLContext dsl, int year) {
        var demand = DSL.field(DSL.select(DSL.sum(ENTERPRISE_DEMAND.APPROVED_COUNT)).from(ENTERPRISE_DEMAND)
                .where(ENTERPRISE_DEMAND.ENTERPRISE_ID.eq(ENTERPRISE.ID), ENTERPRISE_DEMAND.YEAR.eq(year), ENTERPRISE_DEMAND.DELETED.isFalse()));
        Condition hired = PLACEMENT.ENTERPRISE_ID.eq(ENTERPRISE.ID).and(hiredIn(year)).and(tierOnHireDay().eq(Tier.T3_DISTRICT_KEY.name()));
        var hires = DSL.field(DSL.selectCount().from(PLACEMENT).where(hired));
        var paid = DSL.field(DSL.selectCount().from(PLACEMENT).where(hired).and(DSL.exists(payableLine().and(CLAIM.RULE.eq("R3")))));
        return dsl.select(ENTERPRISE.ID, ENTERPRISE.NAME, demand, hires, paid).from(ENTERPRISE)
                .where(ENTERPRISE.DELETED.isFalse()).and(DSL.exists(DSL.selectOne().from(ENTERPRISE_DEMAND)
                        .where(ENTERPRISE_DEMAND.ENTERPRISE_ID.eq(ENTERPRISE.ID), ENTERPRISE_DEMAND.YEAR.eq(year), ENTERPRISE_DEMAND.DELETED.isFalse()))
                        .or(DSL.exists(DSL.selectOne().from(PLACEMENT).where(hired))))
                .orderBy(ENTERPRISE.NAME)
                .fetch(r -> new Tally(r.value1(), r.value2(), r.value3() == null ? 0 : r.value3().longValue(), r.value4(), r.value5()));
    }

    /** Every hire an intermediary delivered whose 入职确认 falls in the year, with the tier on the hire day and the task it names. */
    public List<R1Delivery> deliveries(DSLContext dsl, int year) {
        Field<String> tier = tierOnHireDay();
        Field<String> task = DSL.field(DSL.select(RECRUITMENT_TASK.TASK_TYPE).from(RECRUITMENT_TASK)
                .where(RECRUITMENT_TASK.TASK_NO.eq(PLACEMENT.TASK_REF), RECRUITMENT_TASK.DELETED.isFalse()).limit(1));
        return dsl.select(INTERMEDIARY.ID, INTERMEDIARY.NAME, INTERMEDIARY.KIND, WORKER.RESIDENT_ID, tier, ENTERPRISE.PARK,
                        PLACEMENT.HIRE_DATE, PLACEMENT.LEAVE_DATE, task)
                .from(PLACEMENT).join(INTERMEDIARY).on(INTERMEDIARY.ID.eq(PLACEMENT.INTERMEDIARY_ID)).join(WORKER).on(WORKER.ID.eq(PLACEMENT.WORKER_ID))
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(PLACEMENT.ENTERPRISE_ID))
                .where(PLACEMENT.DELETED.isFalse(), PLACEMENT.CONFIRMED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .orderBy(INTERMEDIARY.NAME, INTERMEDIARY.ID)
                .fetch(r -> new R1Delivery(r.value1(), r.value2(), r.value3(), r.value4(), r.value5() == null ? null : Tier.valueOf(r.value5()),
                        Park.valueOf(r.value6()), r.value7(), r.value8(), r.value9()));
    }

    /** Each intermediary's R1 claims of the year not rejected: what they judged payable (less what objections withhold) and what was paid. */
    public List<R1Claimed> r1Claims(DSLContext dsl, int year) {
        Condition payable = CLAIM_LINE.ELIGIBLE.isTrue().and(notWithheld());
        Condition paid = payable.and(sourcePaid());
        return dsl.select(CLAIM.CLAIMANT_ID, INTERMEDIARY.NAME, INTERMEDIARY.KIND, CLAIM.CLAIM_NO, sumWhen(payable, CLAIM_LINE.AMOUNT_FEN),
                        sumWhen(paid, CLAIM_LINE.AMOUNT_FEN))
                .from(CLAIM).join(INTERMEDIARY).on(INTERMEDIARY.ID.eq(CLAIM.CLAIMANT_ID)).leftJoin(CLAIM_LINE).on(CLAIM_LINE.CLAIM_ID.eq(CLAIM.ID).and(CLAIM_LINE.DELETED.isFalse()))
                .where(CLAIM.RULE.eq("R1"), CLAIM.PERIOD_YEAR.eq(year), CLAIM.DELETED.isFalse()).and(notRejected())
                .groupBy(CLAIM.ID, CLAIM.CLAIMANT_ID, INTERMEDIARY.NAME, INTERMEDIARY.KIND, CLAIM.CLAIM_NO).orderBy(CLAIM.CLAIM_NO)
                .fetch(r -> new R1Claimed(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().longValue(), r.value6().longValue()));
    }

    /** Publicity activities held in the year by channel: how many, people reached, job seekers registered. */
    public List<Tally> publicity(DSLContext dsl, int year) {
        return dsl.select(PUBLICITY.CHANNEL, DSL.count(), DSL.sum(PUBLICITY.REACH), DSL.sum(PUBLICITY.REGISTERED)).from(PUBLICITY)
                .where(PUBLICITY.DELETED.isFalse(), PUBLICITY.HELD_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .groupBy(PUBLICITY.CHANNEL)
                .fetch(r -> new Tally(r.value1(), null, r.value2(), r.value3().longValue(), r.value4().longValue()));
    }

    /** Work-fund expenditures recorded in the year by category: how many and how much (fen). */
    public List<Tally> expenditures(DSLContext dsl, int year) {
        return dsl.select(WORK_FUND_EXPENDITURE.CATEGORY, DSL.count(), DSL.sum(WORK_FUND_EXPENDITURE.AMOUNT_FEN)).from(WORK_FUND_EXPENDITURE)
                .where(WORK_FUND_EXPENDITURE.DELETED.isFalse(),
                        WORK_FUND_EXPENDITURE.SPENT_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .groupBy(WORK_FUND_EXPENDITURE.CATEGORY)
                .fetch(r -> new Tally(r.value1(), null, r.value2(), r.value3().longValue(), 0));
    }

    /**
     * The work fund's ledger by kind (拨入, 拨付): entries and sum in the year, and the sum of every entry up to its last
     * day, from which the year-end balance follows; reversals are entries too, so they net out.
     */
    public List<Tally> workFundLedger(DSLContext dsl, int year) {
        Condition inYear = LEDGER_ENTRY.ENTRY_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        return dsl.select(LEDGER_ENTRY.KIND, sumWhen(inYear, DSL.inline(1L)), sumWhen(inYear, LEDGER_ENTRY.AMOUNT_FEN), DSL.sum(LEDGER_ENTRY.AMOUNT_FEN))
                .from(LEDGER_ENTRY).where(LEDGER_ENTRY.ACCOUNT.eq("WORK_FUND"), LEDGER_ENTRY.ENTRY_DATE.le(LocalDate.of(year, 12, 31)))
                .groupBy(LEDGER_ENTRY.KIND)
                .fetch(r -> new Tally(r.value1(), null, r.value2().longValue(), r.value3().longValue(), r.value4().longValue()));
    }

    /** A payable line on the placement in hand, of a claim not rejected. */
    private static SelectConditionStep<Record1<Integer>> payableLine() {
        return DSL.selectOne().from(CLAIM_LINE).join(CLAIM).on(CLAIM.ID.eq(CLAIM_LINE.CLAIM_ID))
                .where(CLAIM_LINE.PLACEMENT_ID.eq(PLACEMENT.ID), CLAIM_LINE.ELIGIBLE.isTrue(), CLAIM_LINE.DELETED.isFalse(), CLAIM.DELETED.isFalse())
                .and(notRejected());
    }

    /** The claim in hand was not rejected (驳回): nothing is paid under a rejected claim. */
    private static Condition notRejected() {
        return DSL.notExists(DSL.selectOne().from(CLAIM_EVENT).where(CLAIM_EVENT.CLAIM_ID.eq(CLAIM.ID), CLAIM_EVENT.DECISION.eq("REJECT")));
    }

    /** No upheld 公示 objection withholds the line in hand (as {@code SourceTotals} counts it). */
    private static Condition notWithheld() {
        return DSL.notExists(DSL.selectOne().from(NOTICE_OBJECTION).where(NOTICE_OBJECTION.LINE_ID.eq(CLAIM_LINE.ID),
                NOTICE_OBJECTION.OUTCOME.eq("UPHELD"), NOTICE_OBJECTION.DELETED.isFalse()));
    }

    /** The 发放 of the line's funding source is recorded on its claim. */
    private static Condition sourcePaid() {
        return DSL.exists(DSL.selectOne().from(CLAIM_EVENT).where(CLAIM_EVENT.CLAIM_ID.eq(CLAIM.ID), CLAIM_EVENT.STEP.eq("PAYMENT"),
                CLAIM_EVENT.DECISION.eq("PASS"), CLAIM_EVENT.FUNDING_SOURCE.eq(CLAIM_LINE.FUNDING_SOURCE)));
    }

    private static Condition hiredIn(int year) {
        return PLACEMENT.DELETED.isFalse().and(PLACEMENT.HIRE_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /** The tier the placement's enterprise held on the hire day (SPEC §1: every claim is judged by it); null: none. */
    private static Field<String> tierOnHireDay() {
        var t = ENTERPRISE_TIER.as("tier_then");
        return DSL.field(DSL.select(t.TIER).from(t).where(t.ENTERPRISE_ID.eq(PLACEMENT.ENTERPRISE_ID), t.DELETED.isFalse(),
                t.VALID_FROM.le(PLACEMENT.HIRE_DATE), t.VALID_TO.isNull().or(t.VALID_TO.ge(PLACEMENT.HIRE_DATE))).orderBy(t.VALID_FROM.desc()).limit(1));
    }

    private static Field<java.math.BigDecimal> sumWhen(Condition c, Field<Long> value) {
        return DSL.coalesce(DSL.sum(DSL.when(c, value).otherwise(DSL.inline(0L))), DSL.inline(java.math.BigDecimal.ZERO));
    }
}
