package cn.banan.hrdesk.claims;

import static cn.banan.hrdesk.store.generated.Tables.WORKER;

import cn.banan.hrdesk.core.UtcTimestamp;
import cn.banan.hrdesk.policy.Judgement;
import cn.banan.hrdesk.registry.PartyRepository;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.store.RecordBatch;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.ClaimLineRecord;
import cn.banan.hrdesk.store.generated.tables.records.PlacementRecord;
import cn.banan.hrdesk.store.generated.tables.records.WorkerRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Writes first-time workers, their placements and their judged lines in batches: a roster of 100,000 new people
 * would otherwise pay jOOQ's rendering and SQLite's prepare three times a row. Each record is filled by the same
 * code that writes a single worker, placement or line, and stamped with the same travelling columns.
 */
public final class BulkLineRepository {
    private static final int CHUNK = 500;
    private final RowStamp stamp;
    private final Clock clock;

    public BulkLineRepository(RowStamp stamp, Clock clock) {
        this.stamp = stamp;
        this.clock = clock;
    }

    /** A first-time worker with one placement and its judged line, ids already given. */
    public record NewLine(String workerId, String residentId, String name, TargetGroup group, Placement placement, String lineId,
                          Judgement judgement, int monthsGranted) {
    }

    /** Which of these resident ID numbers belong to registered workers, and their ids. */
    public Map<String, String> registeredWorkers(DSLContext dsl, Collection<String> residentIds) {
        Map<String, String> found = new HashMap<>();
        List<String> all = new ArrayList<>(residentIds);
        for (int i = 0; i < all.size(); i += CHUNK) {
            dsl.select(WORKER.RESIDENT_ID, WORKER.ID).from(WORKER)
                    .where(WORKER.RESIDENT_ID.in(all.subList(i, Math.min(all.size(), i + CHUNK))).and(WORKER.DELETED.isFalse()))
                    .forEach(r -> found.put(r.value1(), r.value2()));
        }
        return found;
    }

    public String newId() {
        return stamp.ids().next();
    }

    /** Writes the lines of {@code claimId} in the caller's transaction. */
    public void insert(DSLContext tx, String claimId, List<NewLine> lines) {
        String judgedAt = UtcTimestamp.now(clock);
        RecordBatch<WorkerRecord> workers = new RecordBatch<>();
        RecordBatch<PlacementRecord> placements = new RecordBatch<>();
        RecordBatch<ClaimLineRecord> claimLines = new RecordBatch<>();
        for (NewLine n : lines) {
            Placement p = n.placement();
            workers.add(PartyRepository.fill(stamp.stampNew(new WorkerRecord(), n.workerId()),
                    new Worker(n.workerId(), n.residentId(), n.name(), null, n.group())));
            placements.add(PlacementRepository.fill(stamp.stampNew(new PlacementRecord(), p.id()), p));
            claimLines.add(ClaimRepository.fill(stamp.stampNew(new ClaimLineRecord(), n.lineId()), claimId, p.id(), n.judgement(),
                    n.monthsGranted(), judgedAt));
            if (workers.size() == CHUNK) {
                flush(tx, workers, placements, claimLines);
            }
        }
        flush(tx, workers, placements, claimLines);
    }

    /** Workers before placements before lines: the foreign keys are checked as each row goes in. */
    private static void flush(DSLContext tx, RecordBatch<WorkerRecord> workers, RecordBatch<PlacementRecord> placements,
                              RecordBatch<ClaimLineRecord> claimLines) {
        workers.insert(tx);
        placements.insert(tx);
        claimLines.insert(tx);
    }
}
