package cn.banan.hrdesk.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableRecord;

/**
 * New records of one table inserted as one JDBC batch: the INSERT is rendered once, for the columns the records
 * set, and each record's values are bound to it through the columns' own types. Rendering an INSERT a record, as
 * {@code DSLContext.batchInsert} does, costs more than SQLite's writing when a roster brings 100,000 rows.
 */
public final class RecordBatch<R extends TableRecord<R>> {
    private final List<R> records = new ArrayList<>();

    public void add(R record) {
        records.add(record);
    }

    public int size() {
        return records.size();
    }

    /** Inserts what was added, in the caller's transaction, and starts empty again. */
    public void insert(DSLContext tx) {
        if (records.isEmpty()) {
            return;
        }
        R first = records.get(0);
        int[] set = IntStream.range(0, first.size()).filter(first::changed).toArray();
        Field<?>[] columns = Arrays.stream(set).mapToObj(first::field).toArray(Field<?>[]::new);
        BatchBindStep batch = tx.batch(tx.insertInto(first.getTable()).columns(columns).values(new Object[columns.length]));
        for (R r : records) {
            Object[] values = new Object[set.length];
            for (int i = 0; i < set.length; i++) {
                if (!r.changed(set[i])) {
                    throw new IllegalArgumentException("a batch's records must set the same columns: " + columns[i].getName());
                }
                values[i] = r.get(set[i]);
            }
            batch.bind(values);
        }
        batch.execute();
        records.clear();
    }
}
