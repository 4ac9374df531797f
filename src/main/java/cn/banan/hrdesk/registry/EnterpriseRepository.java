package cn.banan.hrdesk.registry;

import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE_RECOGNITION;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE_TIER;

import cn.banan.hrdesk.core.CreditCode;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.store.Like;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.EnterpriseRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Enterprises in SQL: the list is filtered, counted and paged by the database, never in memory. */
public final class EnterpriseRepository {
    private final RowStamp stamp;

    public EnterpriseRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    public String insert(DSLContext dsl, Enterprise e) {
        EnterpriseRecord r = dsl.newRecord(ENTERPRISE);
        copy(e, r);
        stamp.stampNew(r).store();
        return r.getId();
    }

    public void update(DSLContext dsl, Enterprise e) {
        EnterpriseRecord r = dsl.fetchSingle(ENTERPRISE, ENTERPRISE.ID.eq(e.id()));
        copy(e, r);
        stamp.stampChange(r).store();
    }

    public Optional<Enterprise> find(DSLContext dsl, String id) {
        return dsl.fetchOptional(ENTERPRISE, ENTERPRISE.ID.eq(id).and(ENTERPRISE.DELETED.isFalse())).map(this::toEnterprise);
    }

    public Optional<Enterprise> findByCreditCode(DSLContext dsl, String creditCode) {
        return dsl.fetchOptional(ENTERPRISE, ENTERPRISE.CREDIT_CODE.eq(creditCode).and(ENTERPRISE.DELETED.isFalse()).and(ENTERPRISE.SYNC_HELD.eq(0L)))
                .map(this::toEnterprise);
    }

    public int count(DSLContext dsl, EnterpriseQuery q) {
        return dsl.fetchCount(ENTERPRISE, where(q));
    }

    public List<EnterpriseRow> page(DSLContext dsl, EnterpriseQuery q, int offset, int limit) {
        Field<String> tier = tierOn(q.asOf()).as("tier_today");
        Field<Boolean> recognized = DSL.field(recognizedOn(q.asOf())).as("recognized_today");
        List<EnterpriseRow> rows = new ArrayList<>();
        for (Record r : dsl.select(ENTERPRISE.ID, ENTERPRISE.NAME, ENTERPRISE.CREDIT_CODE, ENTERPRISE.PARK, tier, recognized)
                .from(ENTERPRISE).where(where(q)).orderBy(ENTERPRISE.NAME, ENTERPRISE.ID).limit(limit).offset(offset).fetch()) {
            String t = r.get(tier);
            rows.add(new EnterpriseRow(r.get(ENTERPRISE.ID), r.get(ENTERPRISE.NAME), r.get(ENTERPRISE.CREDIT_CODE),
                    Park.valueOf(r.get(ENTERPRISE.PARK)), t == null ? null : Tier.valueOf(t), Boolean.TRUE.equals(r.get(recognized))));
        }
        return rows;
    }

    /** Every live enterprise the query picks, in list order, for export; the consumer sees one at a time. */
    public void forEach(DSLContext dsl, EnterpriseQuery q, java.util.function.Consumer<Enterprise> each) {
        try (var cursor = dsl.selectFrom(ENTERPRISE).where(where(q)).orderBy(ENTERPRISE.NAME, ENTERPRISE.ID).fetchLazy()) {
            cursor.forEach(r -> each.accept(toEnterprise(r)));
        }
    }

    private Condition where(EnterpriseQuery q) {
        Condition c = ENTERPRISE.DELETED.isFalse();
        String text = q.text() == null ? "" : q.text().strip();
        if (!text.isEmpty()) {
            c = c.and(ENTERPRISE.NAME.like(Like.contains(text), Like.ESCAPE)
                    .or(ENTERPRISE.CREDIT_CODE.like(Like.contains(text.toUpperCase()), Like.ESCAPE)));
        }
        if (q.park() != null) {
            c = c.and(ENTERPRISE.PARK.eq(q.park().name()));
        }
        if (q.tier() != null) {
            // IN over the (tier, enterprise_id) index reads only that tier's rows; a correlated EXISTS probed every enterprise
            c = c.and(ENTERPRISE.ID.in(DSL.select(ENTERPRISE_TIER.ENTERPRISE_ID).from(ENTERPRISE_TIER)
                    .where(ENTERPRISE_TIER.TIER.eq(q.tier().name()).and(tierValidOn(q.asOf())))));
        }
        if (q.recognized() != null) {
            c = c.and(q.recognized() ? ENTERPRISE.ID.in(recognizedIds(q.asOf())) : ENTERPRISE.ID.notIn(recognizedIds(q.asOf())));
        }
        return c;
    }

    private static Field<String> tierOn(LocalDate day) {
        return DSL.field(DSL.select(ENTERPRISE_TIER.TIER).from(ENTERPRISE_TIER)
                .where(ENTERPRISE_TIER.ENTERPRISE_ID.eq(ENTERPRISE.ID).and(tierValidOn(day)))
                .orderBy(ENTERPRISE_TIER.VALID_FROM.desc()).limit(1));
    }

    private static Condition tierValidOn(LocalDate day) {
        return ENTERPRISE_TIER.DELETED.isFalse().and(ENTERPRISE_TIER.VALID_FROM.le(day))
                .and(ENTERPRISE_TIER.VALID_TO.isNull().or(ENTERPRISE_TIER.VALID_TO.ge(day)));
    }

    private static org.jooq.Select<org.jooq.Record1<String>> recognizedIds(LocalDate day) {
        return DSL.select(ENTERPRISE_RECOGNITION.ENTERPRISE_ID).from(ENTERPRISE_RECOGNITION).where(ENTERPRISE_RECOGNITION.DELETED.isFalse()
                .and(ENTERPRISE_RECOGNITION.VALID_FROM.le(day))
                .and(ENTERPRISE_RECOGNITION.VALID_TO.isNull().or(ENTERPRISE_RECOGNITION.VALID_TO.ge(day))));
    }

    private static Condition recognizedOn(LocalDate day) {
        return DSL.exists(DSL.selectOne().from(ENTERPRISE_RECOGNITION).where(ENTERPRISE_RECOGNITION.ENTERPRISE_ID.eq(ENTERPRISE.ID)
                .and(ENTERPRISE_RECOGNITION.DELETED.isFalse()).and(ENTERPRISE_RECOGNITION.VALID_FROM.le(day))
                .and(ENTERPRISE_RECOGNITION.VALID_TO.isNull().or(ENTERPRISE_RECOGNITION.VALID_TO.ge(day)))));
    }

    private static void copy(Enterprise e, EnterpriseRecord r) {
        r.setName(e.name());
        r.setCreditCode(e.creditCode().value());
        r.setPark(e.park().name());
        r.setAddress(e.address());
        r.setIndustry(e.industry());
        r.setNote(e.note());
    }

    private Enterprise toEnterprise(EnterpriseRecord r) {
        return new Enterprise(r.getId(), r.getName(), CreditCode.of(r.getCreditCode()), Park.valueOf(r.getPark()),
                r.getAddress(), r.getIndustry(), r.getNote());
    }
}
