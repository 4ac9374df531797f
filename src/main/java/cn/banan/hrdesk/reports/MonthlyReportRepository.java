package cn.banan.hrdesk.reports;

import static cn.banan.hrdesk.store.generated.Tables.CLAIM;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_EVENT;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM_LINE;
import static cn.banan.hrdesk.store.generated.Tables.HEADCOUNT;
import static cn.banan.hrdesk.store.generated.Tables.LEDGER_ENTRY;
import static cn.banan.hrdesk.store.generated.Tables.PUBLICITY;

import java.time.YearMonth;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.impl.DSL;

/** The figures of the leading group's monthly report, each summed in SQL from the records (never typed). */
public final class MonthlyReportRepository {
    /** Eligible lines and their amount by rule and funding source, over claims not rejected. */
    public Result<Record4<String, String, Integer, java.math.BigDecimal>> claimsByRuleAndSource(DSLContext dsl) {
        var rejected = DSL.exists(DSL.selectOne().from(CLAIM_EVENT).where(CLAIM_EVENT.CLAIM_ID.eq(CLAIM.ID)).and(CLAIM_EVENT.DECISION.eq("REJECT")));
        return dsl.select(CLAIM.RULE, CLAIM_LINE.FUNDING_SOURCE, DSL.count(), DSL.sum(CLAIM_LINE.AMOUNT_FEN)).from(CLAIM_LINE).join(CLAIM)
                .on(CLAIM.ID.eq(CLAIM_LINE.CLAIM_ID)).where(CLAIM_LINE.ELIGIBLE.isTrue()).and(CLAIM_LINE.DELETED.isFalse()).and(CLAIM.DELETED.isFalse())
                .and(DSL.not(rejected)).groupBy(CLAIM.RULE, CLAIM_LINE.FUNDING_SOURCE).orderBy(CLAIM.RULE, CLAIM_LINE.FUNDING_SOURCE).fetch();
    }

    /** Ledger entries of {@code kind} dated in the month, by account: how many and how much. */
    public Result<Record4<String, String, Integer, java.math.BigDecimal>> ledgerInMonth(DSLContext dsl, YearMonth month, List<String> kinds) {
        return dsl.select(LEDGER_ENTRY.ACCOUNT, LEDGER_ENTRY.KIND, DSL.count(), DSL.sum(LEDGER_ENTRY.AMOUNT_FEN)).from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.KIND.in(kinds)).and(LEDGER_ENTRY.ENTRY_DATE.between(month.atDay(1), month.atEndOfMonth()))
                .groupBy(LEDGER_ENTRY.ACCOUNT, LEDGER_ENTRY.KIND).orderBy(LEDGER_ENTRY.ACCOUNT, LEDGER_ENTRY.KIND).fetch();
    }

    /** Publicity activities in the month by channel: how many, people reached. */
    public Result<org.jooq.Record3<String, Integer, java.math.BigDecimal>> publicityInMonth(DSLContext dsl, YearMonth month) {
        return dsl.select(PUBLICITY.CHANNEL, DSL.count(), DSL.sum(PUBLICITY.REACH)).from(PUBLICITY).where(PUBLICITY.DELETED.isFalse())
                .and(PUBLICITY.HELD_ON.between(month.atDay(1), month.atEndOfMonth())).groupBy(PUBLICITY.CHANNEL).orderBy(PUBLICITY.CHANNEL).fetch();
    }

    /** The month's headcounts: enterprises reporting, joiners, leavers. */
    public Record4<Integer, java.math.BigDecimal, java.math.BigDecimal, java.math.BigDecimal> headcountInMonth(DSLContext dsl, YearMonth month) {
        return dsl.select(DSL.count(), DSL.sum(HEADCOUNT.JOINERS), DSL.sum(HEADCOUNT.LEAVERS), DSL.sum(HEADCOUNT.END_COUNT)).from(HEADCOUNT)
                .where(HEADCOUNT.DELETED.isFalse()).and(HEADCOUNT.MONTH.eq(month.toString())).fetchOne();
    }
}
