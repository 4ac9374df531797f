package cn.banan.hrdesk.audit;

import cn.banan.hrdesk.store.AuditHash;
import cn.banan.hrdesk.store.AuditedRows;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Walks each site's chain of the trail from its first entry: each must follow the one before (seq), carry its hash
 * (prev_hash) and hash to what it says. Then the witnesses peers sent must match, and every row of this site's
 * tables must equal the image its last entry here recorded.
 */
public final class AuditVerifier {
    /** Rows named at most: the first ones show what was done, and a whole table rewritten would drown the rest. */
    static final int ROWS_NAMED = 50;
    private final AuditRepository trail;

    public AuditVerifier(AuditRepository trail) {
        this.trail = trail;
    }

    public AuditCheck verify(DSLContext dsl, String here) {
        AuditCheck[] first = {null};
        long[] count = {0};
        long[] inChain = {0};
        String[] chain = {null};
        String[] prev = {""};
        trail.eachByChain(dsl, e -> {
            if (first[0] != null) {
                return;
            }
            if (!e.site().equals(chain[0])) {
                chain[0] = e.site();
                inChain[0] = 0;
                prev[0] = "";
            }
            count[0]++;
            inChain[0]++;
            AuditCheck.Problem p = e.seq() != inChain[0] ? AuditCheck.Problem.ENTRY_MISSING
                    : !AuditHash.of(e.hashed()).equals(e.hash()) ? AuditCheck.Problem.ENTRY_CHANGED
                    : !e.prevHash().equals(prev[0]) ? AuditCheck.Problem.CHAIN_BROKEN : null;
            if (p != null) {
                first[0] = new AuditCheck(p, e.site(), e.seq(), count[0] - 1, List.of());
            }
            prev[0] = e.hash();
        });
        if (first[0] != null) {
            return first[0];
        }
        var witness = trail.firstBrokenWitness(dsl);
        if (witness.isPresent()) {
            return new AuditCheck(AuditCheck.Problem.WITNESS_DIFFERS, witness.get().site(), witness.get().seq(), count[0], List.of());
        }
        List<AuditedRows.Difference> rows = AuditedRows.differences(dsl, here, ROWS_NAMED);
        return new AuditCheck(rows.isEmpty() ? AuditCheck.Problem.NONE : AuditCheck.Problem.ROWS_DIFFER, here, null, count[0], rows);
    }
}
