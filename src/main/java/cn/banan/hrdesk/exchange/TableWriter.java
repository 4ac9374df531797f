package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Site;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The prepared statements that take one table's rows in, for the columns the package carries. */
final class TableWriter implements AutoCloseable {
    final String table;
    final List<String> columns;
    final int idIndex;
    final int versionIndex;
    private final Connection c;
    private final Site here;
    private final PreparedStatement local;
    private final PreparedStatement insert;
    private final PreparedStatement insertHeld;
    private final PreparedStatement update;
    private final PreparedStatement image;
    private final PreparedStatement logged;
    private List<List<String>> keys;
    private PreparedStatement cameFrom;

    /** Rows looked up at once: one query for this many rows rather than one a row. */
    static final int BATCH = 200;

    record Local(long version, long parent, Site cameFrom) {
    }

    TableWriter(Connection c, String table, List<String> columns, boolean holdable, Site here) throws SQLException {
        this.c = c;
        this.table = table;
        this.columns = columns;
        this.here = here;
        this.idIndex = columns.indexOf("id");
        this.versionIndex = columns.indexOf("version");
        String t = "\"" + table + "\"";
        String names = String.join(", ", columns.stream().map(n -> "\"" + n + "\"").toList());
        String marks = String.join(", ", columns.stream().map(n -> "?").toList());
        this.local = c.prepareStatement("SELECT t.id, t.version, coalesce(l.parent_version, 0), l.came_from FROM " + t
                + " t LEFT JOIN change_log l ON l.seq = (SELECT max(x.seq) FROM change_log x WHERE x.table_name = ? AND x.row_id = t.id)"
                + " WHERE t.id IN ("
                + String.join(", ", java.util.Collections.nCopies(BATCH, "?")) + ")");
        this.insert = c.prepareStatement("INSERT INTO " + t + " (" + names + ") VALUES (" + marks + ")");
        this.insertHeld = holdable ? c.prepareStatement("INSERT INTO " + t + " (" + names + ", sync_held) VALUES (" + marks + ", ?)") : null;
        List<String> sets = new ArrayList<>();
        columns.stream().filter(n -> !n.equals("id")).forEach(n -> sets.add("\"" + n + "\" = ?"));
        this.update = c.prepareStatement("UPDATE " + t + " SET " + String.join(", ", sets) + " WHERE id = ?");
        this.image = c.prepareStatement("SELECT " + names + " FROM " + t + " WHERE id = ?");
        this.logged = c.prepareStatement("INSERT INTO change_log (parent_version, came_from, table_name, row_id) VALUES (?, ?, ?, ?)");
    }

    /** How this database holds the rows of these ids (at most {@link #BATCH}); an id it does not hold is absent. */
    java.util.Map<String, Local> locals(List<String> ids) throws SQLException {
        local.setString(1, table);
        for (int i = 0; i < BATCH; i++) {
            local.setString(i + 2, i < ids.size() ? ids.get(i) : null);
        }
        java.util.Map<String, Local> found = new java.util.HashMap<>();
        try (ResultSet rs = local.executeQuery()) {
            while (rs.next()) {
                String from = rs.getString(4);
                found.put(rs.getString(1), new Local(rs.getLong(2), rs.getLong(3), from == null ? here : Site.valueOf(from)));
            }
        }
        return found;
    }

    /** False when a unique key of the table refuses the row (another live row has its key). */
    boolean insert(Object[] values) throws SQLException {
        bind(insert, values, 1);
        try {
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (insertHeld != null && e.getMessage() != null && e.getMessage().contains("UNIQUE constraint failed")
                    && !e.getMessage().contains(table + ".id")) {
                return false;
            }
            throw e;
        }
    }

    /** Held by its version, which no other row has, so any number of held rows may share one key. */
    void insertHeld(Object[] values) throws SQLException {
        bind(insertHeld, values, 1);
        insertHeld.setLong(values.length + 1, (Long) values[versionIndex]);
        insertHeld.executeUpdate();
    }

    void update(Object[] values, String id) throws SQLException {
        int i = 1;
        for (int k = 0; k < values.length; k++) {
            if (k != idIndex) {
                update.setObject(i++, values[k]);
            }
        }
        update.setString(i, id);
        update.executeUpdate();
    }

    RowImage image(String id) throws SQLException {
        image.setString(1, id);
        try (ResultSet rs = image.executeQuery()) {
            rs.next();
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                Object v = rs.getObject(i + 1);
                values[i] = v instanceof Integer n ? Long.valueOf(n) : v;
            }
            return RowImage.of(columns, values);
        }
    }

    /**
     * After a write, its line in the change log (the triggers stand aside while a package is applied): at the end, with
     * the version it replaced at its origin and the peer it came from (so it is not sent back there).
     */
    void logged(String id, long parent, Site from) throws SQLException {
        logged.setLong(1, parent);
        logged.setString(2, from.name());
        logged.setString(3, table);
        logged.setString(4, id);
        logged.executeUpdate();
    }

    void cameFrom(String id, Site from) throws SQLException {
        if (cameFrom == null) {
            cameFrom = c.prepareStatement("UPDATE change_log SET came_from = ? WHERE seq = (SELECT max(seq) FROM change_log"
                    + " WHERE table_name = ? AND row_id = ?)");
        }
        cameFrom.setString(1, from.name());
        cameFrom.setString(2, table);
        cameFrom.setString(3, id);
        cameFrom.executeUpdate();
    }

    List<List<String>> keys() throws SQLException {
        if (keys == null) {
            keys = UniqueKeys.of(c, table);
        }
        return keys;
    }

    private static void bind(PreparedStatement st, Object[] values, int first) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            st.setObject(first + i, values[i]);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement st : new PreparedStatement[] {local, insert, insertHeld, update, image, logged, cameFrom}) {
            if (st != null) {
                st.close();
            }
        }
    }
}
