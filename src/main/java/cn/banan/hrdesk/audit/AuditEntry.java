package cn.banan.hrdesk.audit;

import cn.banan.hrdesk.store.WriteAuthor;

/** One write as the trail recorded it: where it stands in its site's chain, who, when, what row, and the row before and after. */
public record AuditEntry(String site, long seq, String at, String userId, String userName, String role, WriteAuthor.Source source,
        String osUser, String table, String rowId, Op op, String before, String after, String prevHash, String hash) {

    public enum Op implements cn.banan.hrdesk.core.Labelled {
        INSERT, UPDATE, DELETE, BASELINE, IMPORT;

        @Override
        public String labelKey() {
            return "audit.op." + name();
        }
    }

    /** The fields its hash covers, in the order the triggers hash them. */
    String[] hashed() {
        return new String[] {prevHash, site, Long.toString(seq), at, userId, userName, role, source.name(), osUser, table, rowId,
                op.name(), before, after};
    }
}
