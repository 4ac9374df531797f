package cn.banan.hrdesk.voiding;

import static cn.banan.hrdesk.store.generated.Tables.VOIDING;

import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.FieldText;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.VoidingRecord;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * VoidRepository a record with a reason: its tombstone (hidden from every list, never gone; the tombstone travels) and a row
 * saying who voided it, when and why. The callers decide who may void what; this only does it, once.
 */
public final class VoidRepository {
    public static final String REASON = "reason";
    private final RowStamp stamp;

    public VoidRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    /** False when the row is not there or already voided (nothing written). */
    public boolean voidRow(DSLContext tx, String table, String rowId, String reason, String userName) {
        String why = FieldText.block(reason);
        if (why == null || why.isBlank()) {
            throw new ValidationException(List.of(FieldProblem.of(REASON, "voiding.problem.reasonNeeded")));
        }
        int changed = tx.update(DSL.table(DSL.name(table))).set(DSL.field(DSL.name("deleted"), Integer.class), 1)
                .set(DSL.field(DSL.name("version"), Long.class), stamp.nextVersion()).set(DSL.field(DSL.name("updated_at"), String.class), stamp.now())
                .where(DSL.field(DSL.name("id"), String.class).eq(rowId), DSL.field(DSL.name("deleted"), Integer.class).eq(0)).execute();
        if (changed == 0) {
            return false;
        }
        VoidingRecord v = tx.newRecord(VOIDING);
        stamp.stampNew(v);
        v.setTableName(table);
        v.setRowId(rowId);
        v.setReason(why);
        v.setUserName(userName);
        v.setAt(stamp.now());
        v.store();
        return true;
    }
}
