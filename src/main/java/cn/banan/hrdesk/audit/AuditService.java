package cn.banan.hrdesk.audit;

import cn.banan.hrdesk.core.Page;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.store.AuditedTables;
import cn.banan.hrdesk.ledger.LedgerService;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.core.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The 操作日志 for those who answer for it (区审计局, the administrator), one record's history for whoever may open
 * the record, and the check of the whole trail.
 */
public final class AuditService {
    private final DSLContext dsl;
    private final AuditRepository trail;
    private final Session session;
    private final Site site;
    private final ReferentRepository referents;

    public AuditService(DSLContext dsl, AuditRepository trail, ReferentRepository referents, Session session, Site site) {
        this.referents = referents;
        this.dsl = dsl;
        this.trail = trail;
        this.session = session;
        this.site = site;
    }

    /** A page of the entries the filter lets through, newest first. */
    public Page<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        session.require(Action.READ_AUDIT_TRAIL);
        return new Page<>(trail.page(dsl, filter, offset, limit), offset, trail.count(dsl, filter));
    }

    /** The entries the filter lets through as a workbook (A4 landscape), oldest first; returns how many. */
    public int export(AuditFilter filter, Path out, Texts texts, AuditWords words) throws IOException {
        session.require(Action.READ_AUDIT_TRAIL);
        return new AuditExport(texts, words, showsPersonalData()).write(sink -> trail.each(dsl, filter, sink), this::referents, out);
    }

    /** What the records these entries point at go by, for showing them in words. */
    public Referents referents(java.util.Collection<AuditEntry> entries) {
        return referents.names(dsl, Referents.idsIn(entries));
    }

    /** The tables the trail records, for the 操作日志's filter. */
    public List<String> tables() {
        return AuditedTables.read(dsl).stream().map(cn.banan.hrdesk.store.AuditedTable::name).toList();
    }

    /**
     * Every write of one record, oldest first: the record's 修改记录. With it, the writes of the rows that belong to it
     * (an enterprise's tiers and contacts, a claim's lines, steps and ledger entries: rows whose {@code <table>_id} names it).
     */
    public List<AuditEntry> history(String table, String rowId) {
        session.current();
        return trail.history(dsl, table, rowId, AuditedTables.childrenOf(dsl, table));
    }

    /** Whether values of personal fields show whole to the signed-in role (else masked). */
    public boolean showsPersonalData() {
        return cn.banan.hrdesk.security.PersonalData.inFull(session);
    }

    public AuditCheck verify() {
        return new AuditVerifier(trail).verify(dsl, site.name());
    }

    /** This site's chain heads, ledger and trail, as forms and reports print them. */
    public WitnessLine witnessLine(LedgerService ledger) {
        var l = ledger.heads().get(site);
        var a = trail.heads(dsl).get(site);
        return new WitnessLine(l == null ? 0 : l.seq(), l == null ? null : l.hash(), a == null ? 0 : a.seq(), a == null ? null : a.hash());
    }
}
