package cn.banan.hrdesk.exchange;

import static cn.banan.hrdesk.store.generated.Tables.SYNC_CONFLICT;

import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.SyncConflictRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The conflicts the exchange kept, and their settling: the version in the table kept, the other one taken, or the
 * fields merged (a new version of the row, which travels like any edit); for two rows on one key, the one not kept is
 * deleted (its tombstone travels). The settling itself is recorded in the conflict, which travels too.
 */
public final class SyncConflicts {
    private final DSLContext dsl;
    private final RowStamp stamp;
    private final Session session;
    private final TravellingTables tables = new TravellingTables();

    public SyncConflicts(DSLContext dsl, RowStamp stamp, Session session) {
        this.dsl = dsl;
        this.stamp = stamp;
        this.session = session;
    }

    public List<SyncConflict> open() {
        return dsl.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.SETTLED_AT.isNull(), SYNC_CONFLICT.DELETED.isFalse())
                .orderBy(SYNC_CONFLICT.DETECTED_AT, SYNC_CONFLICT.ID).fetch(SyncConflicts::toConflict);
    }

    public Optional<SyncConflict> find(String id) {
        return dsl.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(id)).fetchOptional(SyncConflicts::toConflict);
    }

    /** The row as this table holds it now (for a duplicate: either of the two rows). */
    public Optional<RowImage> row(String table, String id) {
        if (!tables.travels(table)) {
            return Optional.empty();
        }
        List<String> columns = tables.columns(table);
        return dsl.resultQuery("SELECT " + String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList()) + " FROM \"" + table
                + "\" WHERE id = ?", id).fetchOptional().map(r -> {
                    Object[] v = r.intoArray();
                    for (int i = 0; i < v.length; i++) {
                        v[i] = v[i] instanceof Integer n ? Long.valueOf(n) : v[i];
                    }
                    return RowImage.of(columns, v);
                });
    }

    /**
     * Settles a conflict. For two versions: KEPT_THIS closes it, TOOK_OTHER writes the other version's values, MERGED
     * writes {@code merged} (column to value, from either version). For two rows: KEPT_THIS keeps the row in the table
     * and deletes the other, TOOK_OTHER the reverse.
     */
    public void settle(String conflictId, SyncConflict.Settlement how, Map<String, Object> merged) {
        var actor = session.require(Action.SETTLE_CONFLICTS);
        SyncConflict c = find(conflictId).filter(SyncConflict::open).filter(found -> tables.travels(found.table()))
                .orElseThrow(() -> Refusal.of("exchange.conflict.gone"));
        boolean appendOnly = TravellingTables.APPEND_ONLY.contains(c.table());
        if (appendOnly && how != SyncConflict.Settlement.KEPT_THIS) {
            // a ledger entry or a workflow step is never changed or deleted: a double one is undone by a reversal
            throw Refusal.of("exchange.conflict.appendOnly");
        }
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            // a fact (ledger entry, workflow step) stays as it is: settling it records that a person has seen to it
            if (!appendOnly) {
                change(tx, c, how, merged);
            }
            SyncConflictRecord r = tx.fetchSingle(SYNC_CONFLICT, SYNC_CONFLICT.ID.eq(conflictId));
            r.setSettledAt(stamp.now());
            r.setSettledBy(actor.name());
            r.setSettlement(how.name());
            stamp.stampChange(r);
            r.store();
        });
    }

    private void change(DSLContext tx, SyncConflict c, SyncConflict.Settlement how, Map<String, Object> merged) {
        if (c.kind() == SyncConflict.Kind.VERSION && how != SyncConflict.Settlement.KEPT_THIS) {
            write(tx, c.table(), c.rowId(), how == SyncConflict.Settlement.TOOK_OTHER ? c.otherImage().values() : merged);
        } else if (c.kind() == SyncConflict.Kind.DUPLICATE) {
            if (how == SyncConflict.Settlement.MERGED) {
                throw Refusal.of("exchange.conflict.noMergeOfTwoRows");
            }
            String gone = how == SyncConflict.Settlement.KEPT_THIS ? c.otherRowId() : c.rowId();
            write(tx, c.table(), gone, Map.of("deleted", 1L));
            tx.execute("UPDATE OR IGNORE \"" + c.table() + "\" SET sync_held = 0 WHERE sync_held <> 0");
        }
    }

    /** A new version of the row with these values; the columns that say what the row is and where it came from stay. */
    private void write(DSLContext tx, String table, String id, Map<String, Object> values) {
        Map<Field<?>, Object> set = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (tables.columns(table).contains(e.getKey()) && !List.of("id", "origin_site", "version", "updated_at").contains(e.getKey())) {
                set.put(DSL.field(DSL.name(e.getKey())), e.getValue());
            }
        }
        set.put(DSL.field(DSL.name("version")), stamp.nextVersion());
        set.put(DSL.field(DSL.name("updated_at")), stamp.now());
        tx.update(DSL.table(DSL.name(table))).set(set).where(DSL.field(DSL.name("id")).eq(id)).execute();
    }

    private static SyncConflict toConflict(SyncConflictRecord r) {
        return new SyncConflict(r.getId(), SyncConflict.Kind.valueOf(r.getKind()), r.getTableName(), r.getRowId(), r.getOtherRowId(),
                r.getOtherVersion(), Site.valueOf(r.getOtherSite()), r.getOtherImage() == null ? null : RowImage.parse(r.getOtherImage()),
                r.getDetectedAt(), r.getSettledAt(), r.getSettledBy(), r.getSettlement() == null ? null : SyncConflict.Settlement.valueOf(r.getSettlement()));
    }
}
