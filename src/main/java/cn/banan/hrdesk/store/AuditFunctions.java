package cn.banan.hrdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.sqlite.Function;

/**
 * The SQL functions the audit triggers call, defined on each connection the program opens: who is writing
 * ({@code audit_author}), the version an entry travels with ({@code audit_version}), the chain hash
 * ({@code audit_hash}) and a fingerprint for secrets and binary values ({@code audit_digest}). Another tool that
 * opens the file lacks them, so its writes to an audited table fail instead of going unrecorded.
 */
final class AuditFunctions {
    private static final int NULL = 5;
    private volatile Supplier<WriteAuthor> author = WriteAuthor::system;
    private volatile LongSupplier versions;

    AuditFunctions(LongSupplier versions) {
        this.versions = versions;
    }

    void attribute(Supplier<WriteAuthor> who, LongSupplier versionSource) {
        this.author = who;
        this.versions = versionSource;
    }

    void define(Connection c) throws SQLException {
        defineAuthor(c);
        Function.create(c, "audit_version", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(versions.getAsLong());
            }
        });
        Function.create(c, "audit_hash", new TextFunction() {
            @Override
            protected void xFunc() throws SQLException {
                String[] fields = new String[args()];
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = value_type(i) == NULL ? null : value_text(i);
                }
                text(AuditHash.of(fields));
            }
        }, -1, Function.FLAG_DETERMINISTIC);
        Function.create(c, "audit_digest", new TextFunction() {
            @Override
            protected void xFunc() throws SQLException {
                text(value_type(0) == NULL ? null : AuditHash.digest(value_blob(0)));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }

    private void defineAuthor(Connection c) throws SQLException {
        Function.create(c, "audit_author", new TextFunction() {
            @Override
            protected void xFunc() throws SQLException {
                text(author.get().field(value_text(0)));
            }
        }, 1);
    }

    /** A function whose text result may be null (SQL NULL). */
    private abstract static class TextFunction extends Function {
        void text(String value) throws SQLException {
            if (value == null) {
                result();
            } else {
                result(value);
            }
        }
    }
}
