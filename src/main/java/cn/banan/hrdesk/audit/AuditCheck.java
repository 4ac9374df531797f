package cn.banan.hrdesk.audit;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.store.AuditedRows;
import java.util.List;

/**
 * What the check of the trail found. A broken chain names the site and the first entry that no longer agrees
 * ({@code site}, {@code seq}); rows written past the program are listed in {@code rows}.
 */
public record AuditCheck(Problem problem, String site, Long seq, long entries, List<AuditedRows.Difference> rows) {
    public enum Problem implements Labelled {
        NONE, ENTRY_CHANGED, CHAIN_BROKEN, ENTRY_MISSING, WITNESS_DIFFERS, ROWS_DIFFER;

        @Override
        public String labelKey() {
            return "audit.verify." + name();
        }
    }

    public boolean holds() {
        return problem == Problem.NONE;
    }
}
