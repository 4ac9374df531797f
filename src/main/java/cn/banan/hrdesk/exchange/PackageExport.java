package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.audit.AuditRepository;
import cn.banan.hrdesk.ledger.LedgerRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The payload of a package to one peer: every row whose latest change here came after what the peer acknowledged
 * (rows whose version came from that peer are not sent back), table by table, each row with the version it replaced.
 */
final class PackageExport {
    /** A row's last line in the change log: the one that says whether and from where it goes. */
    static final String LATEST = "c.seq = (SELECT max(x.seq) FROM change_log x WHERE x.table_name = c.table_name AND x.row_id = c.row_id)";
    private final TravellingTables tables;
    private final LedgerRepository ledger;
    private final AuditRepository trail;

    PackageExport(TravellingTables tables, LedgerRepository ledger, AuditRepository trail) {
        this.trail = trail;
        this.tables = tables;
        this.ledger = ledger;
    }

    static long lastChange(DSLContext dsl) {
        Long last = dsl.resultQuery("SELECT max(seq) FROM change_log").fetchOne(0, Long.class);
        return last == null ? 0 : last;
    }

    long count(DSLContext dsl, Peer peer, long upTo) {
        return dsl.resultQuery("SELECT count(*) FROM change_log c WHERE " + LATEST + " AND c.seq > ? AND c.seq <= ?"
                + " AND (c.came_from IS NULL OR c.came_from <> ?)", peer.acknowledged(), upTo, peer.site().name()).fetchOne(0, Long.class);
    }

    /** Writes the rows, then the files the peer lacks; returns what files went. */
    PackageFiles.Carried write(DSLContext dsl, Peer peer, long upTo, PayloadOutput out, PackageFiles files, Progress progress) throws IOException {
        long total = count(dsl, peer, upTo);
        out.coverage(new PackageCoverage(peer.received(), peer.acknowledged(), upTo));
        for (Map.Entry<Site, LedgerRepository.Tip> h : ledger.heads(dsl).entrySet()) {
            out.head(new ChainHead(ChainHead.Chain.LEDGER, h.getKey(), h.getValue().seq(), h.getValue().hash()));
        }
        for (Map.Entry<Site, AuditRepository.Tip> h : trail.heads(dsl).entrySet()) {
            out.head(new ChainHead(ChainHead.Chain.AUDIT, h.getKey(), h.getValue().seq(), h.getValue().hash()));
        }
        progress.update(0, total);
        for (String table : tables.names()) {
            progress.checkCancelled();
            List<String> columns = tables.columns(table);
            String select = "SELECT c.parent_version, " + String.join(", ", columns.stream().map(c -> "t.\"" + c + "\"").toList())
                    + " FROM change_log c JOIN \"" + table + "\" t ON t.id = c.row_id WHERE c.table_name = ? AND " + LATEST + " AND c.seq > ? AND c.seq <= ?"
                    + " AND (c.came_from IS NULL OR c.came_from <> ?) ORDER BY c.seq";
            dsl.connection(conn -> {
                try (PreparedStatement st = conn.prepareStatement(select)) {
                    st.setString(1, table);
                    st.setLong(2, peer.acknowledged());
                    st.setLong(3, upTo);
                    st.setString(4, peer.site().name());
                    try (ResultSet rs = st.executeQuery()) {
                        boolean first = true;
                        Object[] values = new Object[columns.size()];
                        while (rs.next()) {
                            if (first) {
                                out.table(table, columns);
                                first = false;
                            }
                            for (int i = 0; i < values.length; i++) {
                                values[i] = rs.getObject(i + 2);
                            }
                            out.row(rs.getLong(1), values);
                            if (out.rows() % 1000 == 0) {
                                progress.checkCancelled();
                                progress.update(out.rows(), total);
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        PackageFiles.Carried carried = files.write(dsl, peer, upTo, out);
        out.end();
        progress.update(out.rows(), total);
        return carried;
    }
}
