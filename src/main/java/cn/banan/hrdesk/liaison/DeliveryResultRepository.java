package cn.banan.hrdesk.liaison;

import static cn.banan.hrdesk.store.generated.Tables.INTERMEDIARY;
import static cn.banan.hrdesk.store.generated.Tables.PLACEMENT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Each intermediary's results, counted from placements (never typed in). */
public final class DeliveryResultRepository {
    public List<DeliveryResult> all(DSLContext dsl) {
        var delivered = DSL.count(PLACEMENT.ID);
        var confirmed = DSL.count(PLACEMENT.CONFIRMED_ON);
        // retained among the confirmed only: 输送 ⊇ 确认 ⊇ 稳定, so no column can exceed the one before it
        var retained = DSL.sum(DSL.when(PLACEMENT.CONFIRMED_ON.isNotNull().and(PLACEMENT.LEAVE_DATE.isNull()
                .or(DSL.field("{0} >= date({1}, '+6 months')", Boolean.class, PLACEMENT.LEAVE_DATE, PLACEMENT.HIRE_DATE))), DSL.inline(1))
                .otherwise(DSL.inline(0)));
        return dsl.select(INTERMEDIARY.ID, INTERMEDIARY.NAME, delivered, confirmed, retained).from(INTERMEDIARY)
                .join(PLACEMENT).on(PLACEMENT.INTERMEDIARY_ID.eq(INTERMEDIARY.ID).and(PLACEMENT.DELETED.isFalse()))
                .where(INTERMEDIARY.DELETED.isFalse()).groupBy(INTERMEDIARY.ID, INTERMEDIARY.NAME).orderBy(delivered.desc(), INTERMEDIARY.NAME)
                .fetch(r -> new DeliveryResult(r.value1(), r.value2(), r.value3(), r.value4(), r.value5() == null ? 0 : r.value5().intValue()));
    }
}
