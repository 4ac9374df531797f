package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Site;

/**
 * A conflict kept for a person: two versions of one row ({@link Kind#VERSION}; the other version's values in
 * {@code otherImage}), or two rows the table's unique keys do not allow both ({@link Kind#DUPLICATE}; the other row is
 * {@code otherRowId}). Settled ones keep how and by whom.
 */
public record SyncConflict(String id, Kind kind, String table, String rowId, String otherRowId, long otherVersion, Site otherSite,
                           RowImage otherImage, String detectedAt, String settledAt, String settledBy, Settlement settlement) {
    public enum Kind implements Labelled {
        VERSION, DUPLICATE;

        @Override
        public String labelKey() {
            return "exchange.conflict.kind." + name();
        }
    }

    public enum Settlement implements Labelled {
        KEPT_THIS, TOOK_OTHER, MERGED;

        @Override
        public String labelKey() {
            return "exchange.conflict.settlement." + name();
        }
    }

    public boolean open() {
        return settledAt == null;
    }
}
