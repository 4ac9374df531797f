package cn.banan.hrdesk.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The unique keys of a table (besides its id), read from SQLite, to find which live row a held row collides with.
 * The partial keys all guard live rows (deleted = 0) that are not held; other parts of their conditions are
 * not repeated here, so a collision is looked for a little more widely than the index would refuse.
 */
final class UniqueKeys {
    private UniqueKeys() {
    }

    static List<List<String>> of(Connection c, String table) throws SQLException {
        List<List<String>> keys = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND origin = 'c'")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                }
            }
        }
        for (String index : indexes) {
            List<String> columns = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT name FROM pragma_index_info(?) ORDER BY seqno")) {
                st.setString(1, index);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        if (!rs.getString(1).equals(TravellingTables.HELD)) {
                            columns.add(rs.getString(1));
                        }
                    }
                }
            }
            keys.add(columns);
        }
        return keys;
    }

    /** A row of a duplicate pair: its id, version and the site that made it. */
    record Row(String id, long version, cn.banan.hrdesk.core.Site origin) {
    }

    /** The live, unheld rows other than {@code id} that share one of {@code keys} with the values given. */
    static List<Row> collisions(Connection c, String table, List<List<String>> keys, String id, Map<String, Object> values)
            throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (List<String> key : keys) {
            if (!values.keySet().containsAll(key) || key.stream().anyMatch(k -> values.get(k) == null)) {
                continue;
            }
            String where = String.join(" AND ", key.stream().map(k -> "\"" + k + "\" = ?").toList());
            try (PreparedStatement st = c.prepareStatement("SELECT id, version, origin_site FROM \"" + table + "\" WHERE " + where
                    + " AND id <> ? AND deleted = 0 AND sync_held = 0")) {
                int i = 1;
                for (String k : key) {
                    st.setObject(i++, values.get(k));
                }
                st.setString(i, id);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Row r = new Row(rs.getString(1), rs.getLong(2), cn.banan.hrdesk.core.Site.valueOf(rs.getString(3)));
                        if (!rows.contains(r)) {
                            rows.add(r);
                        }
                    }
                }
            }
        }
        return rows;
    }
}
