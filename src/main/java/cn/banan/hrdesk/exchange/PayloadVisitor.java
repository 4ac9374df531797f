package cn.banan.hrdesk.exchange;

import java.util.List;

/** What a pass over a package's payload does with each frame. */
interface PayloadVisitor {
    /** What the package covers; only the check needs it. */
    default void coverage(PackageCoverage c) {
    }

    /** A chain head the package carries; only the check needs it. */
    default void head(ChainHead h) {
    }

    void table(String table, List<String> columns);

    void row(long parentVersion, Object[] values);

    /** An attached file the package carries, named by its SHA-256 (not yet checked against its bytes). */
    default void file(String sha256, byte[] content) {
    }

    /** After the last row, once the end frame has been read and found whole. */
    default void end() {
    }
}
