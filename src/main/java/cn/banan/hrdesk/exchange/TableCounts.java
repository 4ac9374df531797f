package cn.banan.hrdesk.exchange;

/** What a package did (or would do) to one register: rows new here, rows updated, conflicts, rows already here. */
public record TableCounts(long added, long updated, long conflicts, long unchanged) {
    static final TableCounts ZERO = new TableCounts(0, 0, 0, 0);

    TableCounts plus(Outcome o) {
        return switch (o) {
            case ADDED -> new TableCounts(added + 1, updated, conflicts, unchanged);
            case UPDATED -> new TableCounts(added, updated + 1, conflicts, unchanged);
            case CONFLICT -> new TableCounts(added, updated, conflicts + 1, unchanged);
            case UNCHANGED -> new TableCounts(added, updated, conflicts, unchanged + 1);
        };
    }

    enum Outcome { ADDED, UPDATED, CONFLICT, UNCHANGED }
}
