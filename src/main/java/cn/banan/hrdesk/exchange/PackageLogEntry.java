package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Site;

/** One package written to a peer (OUT) or taken in from one (IN). */
public record PackageLogEntry(String id, Direction direction, Site peer, long seq, String createdAt, String doneAt, long rows,
                              long upTo, long conflicts, String fileName, String userName) {
    public enum Direction { OUT, IN }
}
