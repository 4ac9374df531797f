package cn.banan.hrdesk.exchange;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The plaintext inside a package, as frames: 'A' what the sender acknowledges and what the package covers, 'H' a
 * ledger chain's head, 'T' a table and its columns, 'R' a row of that table (its parent version, then typed values),
 * 'F' an attached file (its SHA-256, its length, its bytes), 'Z' the end with the number of rows. Compressed and encrypted by the writer around it.
 */
final class PayloadOutput {
    static final int NULL = 0;
    static final int LONG = 1;
    static final int TEXT = 2;
    static final int REAL = 3;
    static final int BLOB = 4;
    private final DataOutputStream out;
    private long rows;

    PayloadOutput(DataOutputStream out) {
        this.out = out;
    }

    void coverage(PackageCoverage c) throws IOException {
        out.writeByte('A');
        out.writeLong(c.acknowledged());
        out.writeLong(c.after());
        out.writeLong(c.upTo());
    }

    void head(ChainHead h) throws IOException {
        out.writeByte(h.chain().frame);
        name(h.site().name().toLowerCase(java.util.Locale.ROOT));
        out.writeLong(h.seq());
        name(h.hash());
    }

    void table(String table, List<String> columns) throws IOException {
        out.writeByte('T');
        name(table);
        out.writeShort(columns.size());
        for (String c : columns) {
            name(c);
        }
    }

    void row(long parentVersion, Object[] values) throws IOException {
        out.writeByte('R');
        out.writeLong(parentVersion);
        for (Object v : values) {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof Number n && !(v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal)) {
                out.writeByte(LONG);
                out.writeLong(n.longValue());
            } else if (v instanceof Boolean b) {
                out.writeByte(LONG);
                out.writeLong(b ? 1 : 0);
            } else if (v instanceof Number n) {
                out.writeByte(REAL);
                out.writeDouble(n.doubleValue());
            } else if (v instanceof byte[] b) {
                out.writeByte(BLOB);
                out.writeInt(b.length);
                out.write(b);
            } else {
                byte[] b = v.toString().getBytes(StandardCharsets.UTF_8);
                out.writeByte(TEXT);
                out.writeInt(b.length);
                out.write(b);
            }
        }
        rows++;
    }

    /** An attached file, streamed from where this site keeps it. */
    void file(String sha256, java.nio.file.Path content) throws IOException {
        out.writeByte('F');
        name(sha256);
        out.writeLong(java.nio.file.Files.size(content));
        java.nio.file.Files.copy(content, out);
    }

    void end() throws IOException {
        out.writeByte('Z');
        out.writeLong(rows);
    }

    long rows() {
        return rows;
    }

    private void name(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeShort(b.length);
        out.write(b);
    }
}
