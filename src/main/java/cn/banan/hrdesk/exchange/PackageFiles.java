package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.attachments.AttachmentFiles;
import cn.banan.hrdesk.store.LocalSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The attached files a package carries to one site: every file of an attachment that site lacks (it did not make it,
 * and has not acknowledged a package that carried it), oldest first, while they fit the administrator's budget. A
 * file over the budget waits for the next package; a package lost is sent again, as its rows are. Each file goes
 * once in a package, however many attachments share it.
 */
final class PackageFiles {
    static final String BUDGET = "exchange_file_budget_mb";
    static final int DEFAULT_BUDGET_MB = 200;
    /** A budget below the largest file one may attach would hold such a file back for ever. */
    static final int MIN_BUDGET_MB = 20;
    static final int MAX_BUDGET_MB = 4000;
    private final AttachmentFiles files;

    PackageFiles(AttachmentFiles files) {
        this.files = files;
    }

    /** What went and what waits, in files and bytes. */
    record Carried(int files, long bytes, int waiting) {
    }

    static int budgetMb(DSLContext dsl) {
        return new LocalSettings(dsl).get(BUDGET).map(Integer::parseInt).orElse(DEFAULT_BUDGET_MB);
    }

    Carried write(DSLContext tx, Peer peer, long upTo, PayloadOutput out) throws IOException {
        long budget = budgetMb(tx) * 1024L * 1024L;
        long used = 0;
        int sent = 0;
        int waiting = 0;
        List<String> carried = new ArrayList<>();
        for (var r : tx.resultQuery("SELECT a.sha256, max(a.size_bytes) FROM attachment a WHERE a.deleted = 0 AND a.origin_site <> ?"
                + " AND NOT EXISTS (SELECT 1 FROM attachment_delivery d WHERE d.peer = ? AND d.sha256 = a.sha256 AND d.up_to <= ?)"
                + " GROUP BY a.sha256 ORDER BY min(a.added_on), a.sha256", peer.site().name(), peer.site().name(), peer.acknowledged()).fetch()) {
            String sha = r.get(0, String.class);
            long size = r.get(1, Long.class);
            if (!files.has(sha)) {
                // not here either (it came in a row whose file has not come yet): it cannot be passed on
                continue;
            }
            if (used + size > budget) {
                waiting++;
                continue;
            }
            out.file(sha, files.path(sha));
            used += Files.size(files.path(sha));
            sent++;
            carried.add(sha);
        }
        for (String sha : carried) {
            tx.execute("INSERT INTO attachment_delivery (peer, sha256, up_to) VALUES (?, ?, ?)"
                    + " ON CONFLICT (peer, sha256) DO UPDATE SET up_to = excluded.up_to", peer.site().name(), sha, upTo);
        }
        return new Carried(sent, used, waiting);
    }
}
