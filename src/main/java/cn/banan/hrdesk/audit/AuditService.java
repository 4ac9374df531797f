package cn.banan.hrdesk.audit;

import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import java.util.List;
import java.util.Map;
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

    public AuditService(DSLContext dsl, AuditRepository trail, Session session, Site site) {
        this.dsl = dsl;
        this.trail = trail;
        this.session = session;
        this.site = site;
    }

    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        session.require(Action.READ_AUDIT_TRAIL);
        return trail.page(dsl, filter, offset, limit);
    }

    public int count(AuditFilter filter) {
        session.require(Action.READ_AUDIT_TRAIL);
        return trail.count(dsl, filter);
    }

    /** Every write of one record, oldest first: the record's 修改记录. */
    public List<AuditEntry> history(String table, String rowId) {
        session.current();
        return trail.history(dsl, table, rowId);
    }

    /** Whether values of personal fields show whole to the signed-in role (else masked). */
    public boolean showsPersonalData() {
        return session.may(Action.VIEW_PERSONAL_DATA);
    }

    public AuditCheck verify() {
        return new AuditVerifier(trail).verify(dsl, site.name());
    }

    public Map<Site, AuditRepository.Tip> heads() {
        return trail.heads(dsl);
    }
}
