package cn.banan.hrdesk.audit;

import static cn.banan.hrdesk.store.generated.Tables.AUDIT_ENTRY;
import static cn.banan.hrdesk.store.generated.Tables.AUDIT_WITNESS;

import cn.banan.hrdesk.core.BusinessTime;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.UtcTimestamp;
import cn.banan.hrdesk.store.Like;
import cn.banan.hrdesk.store.WriteAuthor;
import cn.banan.hrdesk.store.generated.tables.records.AuditEntryRecord;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The audit trail as stored: pages of it, one record's history, each site's chain in order, and the witnesses of the chains. */
public final class AuditRepository {
    public List<AuditEntry> page(DSLContext dsl, AuditFilter filter, int offset, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY).where(condition(filter))
                .orderBy(AUDIT_ENTRY.AT.desc(), AUDIT_ENTRY.ORIGIN_SITE, AUDIT_ENTRY.SEQ.desc())
                .limit(limit).offset(offset).fetch(AuditRepository::toEntry);
    }

    public int count(DSLContext dsl, AuditFilter filter) {
        return dsl.fetchCount(AUDIT_ENTRY, condition(filter));
    }

    /** Every entry the filter lets through, oldest first, one at a time (the export). */
    public void each(DSLContext dsl, AuditFilter filter, Consumer<AuditEntry> sink) {
        try (var cursor = dsl.selectFrom(AUDIT_ENTRY).where(condition(filter))
                .orderBy(AUDIT_ENTRY.AT, AUDIT_ENTRY.ORIGIN_SITE, AUDIT_ENTRY.SEQ).fetchLazy()) {
            cursor.forEach(r -> sink.accept(toEntry(r)));
        }
    }

    /**
     * Every write of one row at every site, oldest first, with the writes of the rows of {@code children} (tables whose
     * {@code <table>_id} column names it), and its 作废 with the reason. A write made at a park shows twice here: as the park's clerk made it, and
     * as this site took it in from the park's package.
     */
    public List<AuditEntry> history(DSLContext dsl, String table, String rowId, List<String> children) {
        Condition own = AUDIT_ENTRY.TABLE_NAME.eq(table).and(AUDIT_ENTRY.ROW_ID.eq(rowId));
        Condition belonging = children.isEmpty() ? DSL.falseCondition() : AUDIT_ENTRY.TABLE_NAME.in(children)
                .and(DSL.field("json_extract(coalesce({0}, {1}), {2})", String.class, AUDIT_ENTRY.AFTER, AUDIT_ENTRY.BEFORE,
                        DSL.inline("$." + table + "_id")).eq(rowId));
        Condition voided = AUDIT_ENTRY.TABLE_NAME.eq("voiding")
                .and(DSL.field("json_extract({0}, '$.table_name')", String.class, AUDIT_ENTRY.AFTER).eq(table))
                .and(DSL.field("json_extract({0}, '$.row_id')", String.class, AUDIT_ENTRY.AFTER).eq(rowId));
        return dsl.selectFrom(AUDIT_ENTRY).where(own.or(belonging).or(voided))
                .orderBy(AUDIT_ENTRY.AT, AUDIT_ENTRY.ORIGIN_SITE, AUDIT_ENTRY.SEQ).fetch(AuditRepository::toEntry);
    }

    /** Every entry, chain by chain and in chain order, one at a time (the trail grows with every write). */
    public void eachByChain(DSLContext dsl, Consumer<AuditEntry> sink) {
        try (var cursor = dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ORIGIN_SITE, AUDIT_ENTRY.SEQ).fetchLazy()) {
            cursor.forEach(r -> sink.accept(toEntry(r)));
        }
    }

    public record Tip(long seq, String hash) {
    }

    /** The last entry of each site's chain: what a package carries, and what forms print. */
    public Map<Site, Tip> heads(DSLContext dsl) {
        Map<Site, Tip> heads = new EnumMap<>(Site.class);
        var last = AUDIT_ENTRY.as("last");
        dsl.select(AUDIT_ENTRY.ORIGIN_SITE, AUDIT_ENTRY.SEQ, AUDIT_ENTRY.HASH).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.SEQ.eq(DSL.select(DSL.max(last.SEQ)).from(last).where(last.ORIGIN_SITE.eq(AUDIT_ENTRY.ORIGIN_SITE))))
                .forEach(r -> site(r.value1()).ifPresent(s -> heads.put(s, new Tip(r.value2(), r.value3()))));
        return heads;
    }

    /** A chain's head as a peer held it (the first word on a place stands). */
    public void witness(DSLContext dsl, Site chain, long seq, String hash, Site toldBy, String at) {
        dsl.insertInto(AUDIT_WITNESS).set(AUDIT_WITNESS.SITE, chain.name()).set(AUDIT_WITNESS.SEQ, seq).set(AUDIT_WITNESS.HASH, hash)
                .set(AUDIT_WITNESS.TOLD_BY, toldBy.name()).set(AUDIT_WITNESS.TOLD_AT, at).onConflictDoNothing().execute();
    }

    public record Witness(String site, long seq) {
    }

    /** The first witness whose entry this database lacks or holds with another hash. */
    public Optional<Witness> firstBrokenWitness(DSLContext dsl) {
        var w = AUDIT_WITNESS;
        var e = AUDIT_ENTRY;
        return dsl.select(w.SITE, w.SEQ).from(w).leftJoin(e).on(e.ORIGIN_SITE.eq(w.SITE).and(e.SEQ.eq(w.SEQ)))
                .where(e.HASH.isNull().or(e.HASH.ne(w.HASH))).orderBy(w.SITE, w.SEQ).limit(1)
                .fetchOptional(r -> new Witness(r.value1(), r.value2()));
    }

    private static Optional<Site> site(String name) {
        try {
            return Optional.of(Site.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Condition condition(AuditFilter f) {
        Condition c = DSL.noCondition();
        if (f.record() != null && !f.record().isBlank()) {
            c = c.and(AUDIT_ENTRY.ROW_ID.like(Like.contains(f.record().strip()), Like.ESCAPE));
        }
        if (f.user() != null && !f.user().isBlank()) {
            c = c.and(AUDIT_ENTRY.USER_NAME.like(Like.contains(f.user().strip()), Like.ESCAPE));
        }
        if (f.table() != null) {
            c = c.and(AUDIT_ENTRY.TABLE_NAME.eq(f.table()));
        }
        if (f.from() != null) {
            c = c.and(AUDIT_ENTRY.AT.ge(UtcTimestamp.of(f.from().atStartOfDay(BusinessTime.ZONE).toInstant())));
        }
        if (f.to() != null) {
            c = c.and(AUDIT_ENTRY.AT.lt(UtcTimestamp.of(f.to().plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant())));
        }
        return c;
    }

    static AuditEntry toEntry(AuditEntryRecord r) {
        return new AuditEntry(r.getOriginSite(), r.getSeq(), r.getAt(), r.getUserId(), r.getUserName(), r.getRole(),
                WriteAuthor.Source.valueOf(r.getSource()), r.getOsUser(), r.getTableName(), r.getRowId(), AuditEntry.Op.valueOf(r.getOp()),
                r.getBefore(), r.getAfter(), r.getPrevHash(), r.getHash());
    }
}
