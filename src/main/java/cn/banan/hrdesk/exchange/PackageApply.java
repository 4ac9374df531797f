package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.attachments.AttachmentFiles;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Site;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The second pass, inside the import's one transaction: each row is added, brought up to date, left alone (this
 * database has it, or a later version of it), or kept beside the version here as a conflict. Rows that two sites
 * changed independently keep both versions; the higher version stands in the table on both sites, so they agree.
 */
final class PackageApply implements PayloadVisitor {
    private final Connection c;
    private final TravellingTables tables;
    private final Site from;
    private final Site here;
    private final ConflictRecorder conflicts;
    private final Progress progress;
    private final long total;
    private final AttachmentFiles files;
    private final Map<String, TableCounts> counts = new LinkedHashMap<>();
    private TableWriter writer;
    private long done;
    private final List<Object[]> pending = new java.util.ArrayList<>();
    private final List<Long> parents = new java.util.ArrayList<>();

    /** {@code files}: where carried files are kept; null for a preview, which keeps none. */
    PackageApply(Connection c, TravellingTables tables, Site from, Site here, ConflictRecorder conflicts, Progress progress, long total,
                 AttachmentFiles files) {
        this.files = files;
        this.here = here;
        this.c = c;
        this.tables = tables;
        this.from = from;
        this.conflicts = conflicts;
        this.progress = progress;
        this.total = total;
    }

    @Override
    public void table(String table, List<String> columns) {
        try {
            flush();
            if (writer != null) {
                writer.close();
            }
            writer = new TableWriter(c, table, columns, tables.holdable(table), here);
        } catch (SQLException e) {
            throw new ApplyException(table, null, e);
        }
    }

    @Override
    public void row(long parentVersion, Object[] values) {
        pending.add(values);
        parents.add(parentVersion);
        if (pending.size() == TableWriter.BATCH) {
            try {
                flush();
            } catch (SQLException e) {
                throw new ApplyException(writer.table, null, e);
            }
        }
    }

    @Override
    public void file(String sha256, byte[] content) {
        if (files != null) {
            files.putContent(sha256, content);
        }
    }

    @Override
    public void end() {
        try {
            flush();
        } catch (SQLException e) {
            throw new ApplyException(writer == null ? "" : writer.table, null, e);
        }
    }

    /** Applies the rows read since the last flush; called at each table and once after the last row. */
    private void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, TableWriter.Local> locals = writer.locals(pending.stream().map(v -> (String) v[writer.idIndex]).toList());
        for (int i = 0; i < pending.size(); i++) {
            Object[] values = pending.get(i);
            String id = (String) values[writer.idIndex];
            try {
                TableCounts.Outcome o = apply(parents.get(i), values, id, locals.get(id));
                counts.merge(writer.table, TableCounts.ZERO.plus(o), (a, b) -> a.plus(o));
            } catch (SQLException e) {
                throw new ApplyException(writer.table, id, e);
            }
            done++;
        }
        pending.clear();
        parents.clear();
        progress.checkCancelled();
        progress.update(done, total);
    }

    private TableCounts.Outcome apply(long parent, Object[] values, String id, TableWriter.Local local) throws SQLException {
        long version = (Long) values[writer.versionIndex];
        if (local == null) {
            if (!writer.insert(values)) {
                writer.insertHeld(values);
                RowImage image = RowImage.of(writer.columns, values);
                for (UniqueKeys.Row live : UniqueKeys.collisions(c, writer.table, writer.keys(), id, image.values())) {
                    conflicts.duplicate(c, writer.table, live, new UniqueKeys.Row(id, version,
                            Site.valueOf((String) image.values().get("origin_site"))));
                }
                writer.logged(id, parent, from);
                return TableCounts.Outcome.CONFLICT;
            }
            writer.logged(id, parent, from);
            return TableCounts.Outcome.ADDED;
        }
        if (version == local.version()) {
            // the peer holds this very version: it need not be sent back to it
            if (local.cameFrom() != from) {
                writer.cameFrom(id, from);
            }
            return TableCounts.Outcome.UNCHANGED;
        }
        if (version == local.parent() || TravellingTables.APPEND_ONLY.contains(writer.table)) {
            return TableCounts.Outcome.UNCHANGED;
        }
        if (writer.table.equals("sync_conflict")) {
            return settledConflict(values, local, version, parent, id);
        }
        if (parent == local.version()) {
            writer.update(values, id);
            writer.logged(id, parent, from);
            return TableCounts.Outcome.UPDATED;
        }
        RowImage here = writer.image(id);
        if (version > local.version()) {
            writer.update(values, id);
            writer.logged(id, parent, from);
            conflicts.version(c, writer.table, id, version, local.version(), local.cameFrom(), here);
        } else {
            conflicts.version(c, writer.table, id, local.version(), version, from, RowImage.of(writer.columns, values));
        }
        return TableCounts.Outcome.CONFLICT;
    }

    /**
     * A conflict is one fact at every site, recorded alike by whichever sites met it: a settled version replaces an open
     * one, never the other way round; between two open ones (or two settled ones) the higher version stands at both.
     */
    private TableCounts.Outcome settledConflict(Object[] values, TableWriter.Local local, long version, long parent, String id)
            throws SQLException {
        boolean incomingSettled = values[writer.columns.indexOf("settled_at")] != null;
        boolean hereSettled = writer.image(id).values().get("settled_at") != null;
        if (incomingSettled && !hereSettled || incomingSettled == hereSettled && version > local.version()) {
            writer.update(values, id);
            writer.logged(id, parent, from);
            return TableCounts.Outcome.UPDATED;
        }
        return TableCounts.Outcome.UNCHANGED;
    }

    Map<String, TableCounts> counts() {
        return counts;
    }

    void close() throws SQLException {
        if (writer != null) {
            writer.close();
        }
    }

    /** A row the database would not take (a check, a type, a reference): the whole package is refused. */
    static final class ApplyException extends RuntimeException {
        final String table;
        final String id;

        ApplyException(String table, String id, SQLException cause) {
            super("cannot apply " + table + " " + id + ": " + cause.getMessage(), cause);
            this.table = table;
            this.id = id;
        }
    }
}
