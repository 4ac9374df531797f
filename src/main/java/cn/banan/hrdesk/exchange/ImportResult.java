package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Site;
import java.util.Map;

/** What taking a package in did (APPLIED), would do (PREVIEW), or why it did nothing; {@code files}: attached files it carries. */
public record ImportResult(Outcome outcome, Site from, long seq, String created, Map<String, TableCounts> counts, int files) {
    public enum Outcome { PREVIEW, APPLIED, ALREADY_APPLIED, SUPERSEDED }

    public long rows() {
        return counts.values().stream().mapToLong(c -> c.added() + c.updated() + c.conflicts() + c.unchanged()).sum();
    }

    public long added() {
        return counts.values().stream().mapToLong(TableCounts::added).sum();
    }

    public long updated() {
        return counts.values().stream().mapToLong(TableCounts::updated).sum();
    }

    public long conflicts() {
        return counts.values().stream().mapToLong(TableCounts::conflicts).sum();
    }
}
