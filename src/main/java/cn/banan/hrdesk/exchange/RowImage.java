package cn.banan.hrdesk.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of a row, column by column: what a conflict keeps of the version that is not in the table. Stored as a
 * payload of one row, so it is read by the same checked reader as a package.
 */
public record RowImage(Map<String, Object> values) {
    static RowImage of(List<String> columns, Object[] values) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            m.put(columns.get(i), values[i]);
        }
        return new RowImage(m);
    }

    byte[] bytes() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            PayloadOutput p = new PayloadOutput(out);
            p.coverage(new PackageCoverage(0, 0, 0));
            p.table("image", List.copyOf(values.keySet()));
            p.row(0, values.values().toArray());
            p.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    public static RowImage parse(byte[] bytes) {
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            new PayloadInput(new DataInputStream(new ByteArrayInputStream(bytes))).readAll(new PayloadVisitor() {
                private List<String> columns;

                @Override
                public void table(String table, List<String> cols) {
                    columns = cols;
                }

                @Override
                public void row(long parentVersion, Object[] values) {
                    for (int i = 0; i < values.length; i++) {
                        m.put(columns.get(i), values[i]);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RowImage(m);
    }
}
