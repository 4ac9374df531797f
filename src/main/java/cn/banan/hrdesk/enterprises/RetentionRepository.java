package cn.banan.hrdesk.enterprises;

import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE;
import static cn.banan.hrdesk.store.generated.Tables.HEADCOUNT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** 稳岗监测 read from the monthly headcounts: the months above a turnover threshold, and joiners and leavers per month. */
public final class RetentionRepository {
    /** The register's own formula, so the list above a threshold and the register's column always agree. */
    private static final Field<Long> TURNOVER = DSL.field("(" + EnterpriseServiceRegisters.TURNOVER + ")", Long.class);

    public List<TurnoverRow> above(DSLContext dsl, int percent) {
        return dsl.select(ENTERPRISE.NAME, HEADCOUNT.MONTH, HEADCOUNT.START_COUNT, HEADCOUNT.JOINERS, HEADCOUNT.LEAVERS, HEADCOUNT.END_COUNT, TURNOVER)
                .from(HEADCOUNT).join(ENTERPRISE).on(ENTERPRISE.ID.eq(HEADCOUNT.ENTERPRISE_ID))
                .where(HEADCOUNT.DELETED.isFalse()).and(TURNOVER.ge((long) percent))
                .orderBy(TURNOVER.desc(), HEADCOUNT.MONTH.desc(), ENTERPRISE.NAME)
                .fetch(r -> new TurnoverRow(r.value1(), r.value2(), n(r.value3()), n(r.value4()), n(r.value5()), n(r.value6()), n(r.value7())));
    }

    public List<MonthFlow> flows(DSLContext dsl) {
        var joiners = DSL.sum(HEADCOUNT.JOINERS);
        var leavers = DSL.sum(HEADCOUNT.LEAVERS);
        return dsl.select(HEADCOUNT.MONTH, joiners, leavers).from(HEADCOUNT).where(HEADCOUNT.DELETED.isFalse())
                .groupBy(HEADCOUNT.MONTH).orderBy(HEADCOUNT.MONTH)
                .fetch(r -> new MonthFlow(r.value1(), n(r.value2()), n(r.value3())));
    }

    private static long n(Number v) {
        return v == null ? 0 : v.longValue();
    }
}
