package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.store.RowStamp;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * Writes a conflict found while taking a package in. Its id is made from what conflicts (the table, the row or rows,
 * the two versions), so the two sites that meet the same conflict record the same one.
 */
final class ConflictRecorder {
    private static final String INSERT = "INSERT INTO sync_conflict (id, origin_site, version, updated_at, deleted, kind, table_name, row_id,"
            + " other_row_id, other_version, other_site, other_image, detected_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO NOTHING";
    private final RowStamp stamp;
    private PreparedStatement insert;
    private PreparedStatement logged;

    ConflictRecorder(RowStamp stamp) {
        this.stamp = stamp;
    }

    /** Two versions of one row: {@code other} is the version not in the table. */
    void version(Connection c, String table, String rowId, long keptVersion, long otherVersion, Site otherSite, RowImage other)
            throws SQLException {
        String id = id("VERSION", table, rowId, "", Math.min(keptVersion, otherVersion), Math.max(keptVersion, otherVersion));
        write(c, id, "VERSION", table, rowId, null, otherVersion, otherSite, other.bytes());
    }

    /**
     * Two rows that the table's unique keys do not allow both live. Recorded the same way round at every site (the
     * smaller id first), whichever of the two each site held back.
     */
    void duplicate(Connection c, String table, UniqueKeys.Row a, UniqueKeys.Row b) throws SQLException {
        UniqueKeys.Row first = a.id().compareTo(b.id()) < 0 ? a : b;
        UniqueKeys.Row second = first == a ? b : a;
        write(c, id("DUPLICATE", table, first.id(), second.id(), 0, 0), "DUPLICATE", table, first.id(), second.id(), second.version(),
                second.origin(), null);
    }

    private void write(Connection c, String id, String kind, String table, String rowId, String otherRowId, long otherVersion, Site otherSite,
                       byte[] image) throws SQLException {
        if (insert == null) {
            insert = c.prepareStatement(INSERT);
        }
        String now = stamp.now();
        insert.setString(1, id);
        insert.setString(2, stamp.site().name());
        insert.setLong(3, stamp.nextVersion());
        insert.setString(4, now);
        insert.setString(5, kind);
        insert.setString(6, table);
        insert.setString(7, rowId);
        insert.setString(8, otherRowId);
        insert.setLong(9, otherVersion);
        insert.setString(10, otherSite.name());
        insert.setBytes(11, image);
        insert.setString(12, now);
        if (insert.executeUpdate() == 1) {
            if (logged == null) {
                logged = c.prepareStatement("INSERT INTO change_log (table_name, row_id, parent_version) VALUES ('sync_conflict', ?, 0)");
            }
            logged.setString(1, id);
            logged.executeUpdate();
        }
    }

    void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
        if (logged != null) {
            logged.close();
        }
    }

    private static String id(String kind, String table, String a, String b, long v1, long v2) {
        byte[] d = Sha256.create().digest((kind + "|" + table + "|" + a + "|" + b + "|" + v1 + "|" + v2).getBytes(StandardCharsets.UTF_8));
        return "conflict:" + HexFormat.of().formatHex(d, 0, 16);
    }
}
