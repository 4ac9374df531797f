package cn.banan.hrdesk.store;

import com.google.gson.JsonObject;
import org.jooq.DSLContext;

/**
 * The one audit entry an import leaves beside the entries of the rows it wrote: which file, into which register (and
 * record: a roster goes into one claim), how many rows were read, stored and refused. Written in the import's own
 * transaction, so an import rolled back leaves none.
 */
public final class ImportEntry {
    private ImportEntry() {
    }

    public static void record(DSLContext tx, String table, String rowId, String file, int read, int stored, int refused) {
        JsonObject counts = new JsonObject();
        counts.addProperty("file", file);
        counts.addProperty("rows_read", read);
        counts.addProperty("imported", stored);
        counts.addProperty("refused", refused);
        tx.execute("INSERT INTO audit_write (table_name, row_id, op, before, after) VALUES (?, ?, 'IMPORT', NULL, ?)", table, rowId,
                counts.toString());
    }
}
