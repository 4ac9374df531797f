package cn.banan.hrdesk.exchange;

import static cn.banan.hrdesk.store.generated.Tables.AUDIT_ENTRY;
import static cn.banan.hrdesk.store.generated.Tables.LEDGER_ENTRY;

import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.ledger.EntryHash;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The first pass over a package, before anything is written: every table travels here and every column is one of
 * its travelling columns, the columns every row carries are there and of their kind, and every ledger entry hashes
 * to what it says and continues its site's chain (from this database or from the entry before it in the package).
 */
final class PackageCheck implements PayloadVisitor {
    private int files;
    private final DSLContext dsl;
    private final TravellingTables tables;
    private final Map<String, Long> rowsPerTable = new LinkedHashMap<>();
    private final Map<Site, Object[]> chainEnds = new EnumMap<>(Site.class);
    private final List<ChainHead> heads = new ArrayList<>();
    private PackageCoverage coverage;
    private String table;
    private List<String> columns;
    private long maxVersion;
    private long rows;

    PackageCheck(DSLContext dsl, TravellingTables tables) {
        this.dsl = dsl;
        this.tables = tables;
    }

    @Override
    public void coverage(PackageCoverage c) {
        if (c.after() < 0 || c.upTo() < c.after() || c.acknowledged() < 0) {
            throw new PayloadInput.BadPayloadException("coverage " + c);
        }
        coverage = c;
    }

    /** A head the sender holds of a chain this database holds too must agree with it, place for place. */
    @Override
    public void head(ChainHead h) {
        String here = h.chain() == ChainHead.Chain.LEDGER
                ? dsl.select(LEDGER_ENTRY.HASH).from(LEDGER_ENTRY)
                        .where(LEDGER_ENTRY.ORIGIN_SITE.eq(h.site().name()), LEDGER_ENTRY.SEQ.eq(h.seq())).fetchOne(LEDGER_ENTRY.HASH)
                : dsl.select(AUDIT_ENTRY.HASH).from(AUDIT_ENTRY)
                        .where(AUDIT_ENTRY.ORIGIN_SITE.eq(h.site().name()), AUDIT_ENTRY.SEQ.eq(h.seq())).fetchOne(AUDIT_ENTRY.HASH);
        if (here != null && !here.equals(h.hash()) || h.seq() < 1 || !h.hash().matches("[0-9a-f]{64}")) {
            throw new ChainException(h.site(), h.seq());
        }
        heads.add(h);
    }

    @Override
    public void table(String name, List<String> cols) {
        if (!tables.travels(name) || rowsPerTable.containsKey(name)) {
            throw new PayloadInput.BadPayloadException("table " + name);
        }
        Set<String> seen = new HashSet<>();
        for (String c : cols) {
            if (!tables.columns(name).contains(c) || !seen.add(c)) {
                throw new PayloadInput.BadPayloadException("column " + name + "." + c);
            }
        }
        if (!seen.containsAll(TravellingTables.REQUIRED) || name.equals("ledger_entry") && !seen.containsAll(tables.columns(name))) {
            throw new PayloadInput.BadPayloadException("columns of " + name);
        }
        table = name;
        columns = cols;
        rowsPerTable.put(name, 0L);
    }

    @Override
    public void row(long parentVersion, Object[] values) {
        Map<String, Object> v = RowImage.of(columns, values).values();
        if (!(v.get("id") instanceof String id) || id.isEmpty() || id.length() > 200 || !(v.get("version") instanceof Long version)
                || !(v.get("origin_site") instanceof String origin) || !isSite(origin) || !(v.get("deleted") instanceof Long deleted)
                || deleted < 0 || deleted > 1 || parentVersion < 0) {
            throw new PayloadInput.BadPayloadException("row of " + table);
        }
        maxVersion = Math.max(maxVersion, version);
        rows++;
        rowsPerTable.merge(table, 1L, Long::sum);
        if (table.equals("ledger_entry")) {
            ledgerEntry(Site.valueOf(origin), LedgerImage.entry(v));
        }
        // a conflict names the table it is about; settling it writes there, so only a table that travels will do
        if (table.equals(TravellingTables.CONFLICTS) && !(v.get("table_name") instanceof String named && tables.travels(named))) {
            throw new PayloadInput.BadPayloadException("conflict about " + v.get("table_name"));
        }
    }

    private void ledgerEntry(Site site, cn.banan.hrdesk.ledger.LedgerEntry e) {
        if (!EntryHash.of(e).equals(e.hash())) {
            throw new ChainException(site, e.seq());
        }
        var here = dsl.select(LEDGER_ENTRY.ID, LEDGER_ENTRY.HASH).from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.ORIGIN_SITE.eq(site.name()), LEDGER_ENTRY.SEQ.eq(e.seq())).fetchOne();
        if (here != null) {
            if (!here.value1().equals(e.id()) || !here.value2().equals(e.hash())) {
                throw new ChainException(site, e.seq());
            }
        } else {
            Object[] before = chainEnds.get(site);
            String prev = before != null && (long) before[0] == e.seq() - 1 ? (String) before[1]
                    : e.seq() == 1 ? EntryHash.GENESIS
                    : dsl.select(LEDGER_ENTRY.HASH).from(LEDGER_ENTRY)
                            .where(LEDGER_ENTRY.ORIGIN_SITE.eq(site.name()), LEDGER_ENTRY.SEQ.eq(e.seq() - 1)).fetchOne(LEDGER_ENTRY.HASH);
            if (!e.prevHash().equals(prev)) {
                throw new ChainException(site, e.seq());
            }
        }
        chainEnds.put(site, new Object[] {e.seq(), e.hash()});
    }

    private static boolean isSite(String s) {
        for (Site site : Site.values()) {
            if (site.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    PackageCoverage coverage() {
        return coverage;
    }

    List<ChainHead> heads() {
        return heads;
    }

    long rows() {
        return rows;
    }

    int files() {
        return files;
    }

    /** A file must be what its name says: a package made wrong (or by a hostile program holding a paired key) is refused. */
    @Override
    public void file(String sha256, byte[] content) {
        if (!Sha256.hex(content).equals(sha256)) {
            throw new PayloadInput.BadPayloadException("a file whose content is not its name");
        }
        files++;
    }

    long maxVersion() {
        return maxVersion;
    }

    /** A ledger entry that does not hash to itself or does not follow its chain: the package would break the ledger. */
    static final class ChainException extends RuntimeException {
        final Site site;
        final long seq;

        ChainException(Site site, long seq) {
            super("ledger chain of " + site + " at " + seq);
            this.site = site;
            this.seq = seq;
        }
    }
}
