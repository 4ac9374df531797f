package cn.banan.hrdesk.store;

import cn.banan.hrdesk.core.UtcTimestamp;
import cn.banan.hrdesk.core.HybridClock;
import cn.banan.hrdesk.core.Ids;
import cn.banan.hrdesk.core.Site;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import cn.banan.hrdesk.store.generated.DefaultSchema;

/**
 * Fills the columns every travelling row carries (DESIGN §3): a UUIDv7 id and the origin site when the row
 * is new, and on every write a fresh hybrid-clock version and the UTC time.
 */
public final class RowStamp {
    private static final Field<Long> VERSION = DSL.field(DSL.name("version"), SQLDataType.BIGINT);
    private final Site site;
    private final Ids ids;
    private final HybridClock versions;
    private final Clock clock;

    public RowStamp(Site site, Clock clock, long lastVersion) {
        this.site = site;
        this.clock = clock;
        this.ids = new Ids(clock);
        this.versions = new HybridClock(clock, lastVersion, site.ordinal());
    }

    /** The clock continues after the largest version already stored, whatever the wall clock says. */
    public static RowStamp forDatabase(DSLContext dsl, Site site, Clock clock) {
        Select<Record1<Long>> all = null;
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (table.field(VERSION.getName()) != null) {
                Select<Record1<Long>> one = DSL.select(DSL.max(table.field(VERSION.getName(), Long.class))).from(table);
                all = all == null ? one : all.unionAll(one);
            }
        }
        Long max = all == null ? null : dsl.select(DSL.max(DSL.field(DSL.name("m"), Long.class)))
                .from(all.asTable("v", "m")).fetchOne(0, Long.class);
        return new RowStamp(site, clock, max == null ? 0 : max);
    }

    public <R extends TableRecord<R>> R stampNew(R record) {
        return stampNew(record, ids.next());
    }

    /** As a new row whose id was given out before (rows written together that name one another). */
    public <R extends TableRecord<R>> R stampNew(R record, String id) {
        Columns c = columns(record.getTable());
        record.set(c.id, id);
        record.set(c.originSite, site.name());
        record.set(c.deleted, false);
        return stampChange(record);
    }

    public <R extends TableRecord<R>> R stampChange(R record) {
        Columns c = columns(record.getTable());
        record.set(c.version, nextVersion());
        record.set(c.updatedAt, now());
        return record;
    }

    /** The travelling columns of a table, looked up once: a roster stamps 300,000 records. */
    private record Columns(Field<String> id, Field<String> originSite, Field<Boolean> deleted, Field<Long> version, Field<String> updatedAt) {
    }

    private final Map<Table<?>, Columns> columns = new ConcurrentHashMap<>();

    private Columns columns(Table<?> table) {
        return columns.computeIfAbsent(table, t -> new Columns(t.field("id", String.class), t.field("origin_site", String.class),
                t.field("deleted", Boolean.class), t.field("version", Long.class), t.field("updated_at", String.class)));
    }

    /** The next version of the site's clock. */
    public long nextVersion() {
        return versions.next();
    }

    /** Moves this site's clock past a version taken in from another site, so later edits here order after it. */
    public void observe(long version) {
        versions.observe(version);
    }

    /** The time written to updated_at: UTC, to the millisecond. */
    public String now() {
        return UtcTimestamp.now(clock);
    }

    public Site site() {
        return site;
    }

    public Ids ids() {
        return ids;
    }
}
