package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.UtcTimestamp;
import static cn.banan.hrdesk.store.generated.Tables.WORKER;

import cn.banan.hrdesk.policy.Judgement;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.store.RowStamp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Writes first-time workers, their placements and their judged lines in JDBC batches: a roster of 100,000
 * new people would otherwise pay jOOQ's rendering and SQLite's prepare three times a row. The rows carry the
 * same travelling columns as every other write (UUIDv7 id, site, clock version, time).
 */
public final class BulkLineRepository {
    private static final int CHUNK = 500;
    private static final String WORKER_SQL = "INSERT INTO worker (id, origin_site, version, updated_at, deleted, resident_id, name, phone,"
            + " target_group) VALUES (?, ?, ?, ?, 0, ?, ?, NULL, ?)";
    private static final String PLACEMENT_SQL = "INSERT INTO placement (id, origin_site, version, updated_at, deleted, worker_id,"
            + " enterprise_id, intermediary_id, channel, hire_date, confirmed_on, leave_date, insured_months, task_ref)"
            + " VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LINE_SQL = "INSERT INTO claim_line (id, origin_site, version, updated_at, deleted, claim_id, placement_id,"
            + " eligible, amount_fen, months_counted, months_granted, funding_source, reasons, failures, parameter_version, judged_at)"
            + " VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
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
        tx.connection(c -> write(c, claimId, lines));
    }

    private void write(Connection c, String claimId, List<NewLine> lines) throws SQLException {
        String site = stamp.site().name();
        String judgedAt = UtcTimestamp.now(clock);
        try (PreparedStatement worker = c.prepareStatement(WORKER_SQL);
             PreparedStatement placement = c.prepareStatement(PLACEMENT_SQL);
             PreparedStatement line = c.prepareStatement(LINE_SQL)) {
            for (int i = 0; i < lines.size(); i++) {
                NewLine n = lines.get(i);
                Placement p = n.placement();
                String now = stamp.now();
                travelling(worker, n.workerId(), site, now);
                worker.setString(5, n.residentId());
                worker.setString(6, n.name());
                worker.setString(7, n.group().name());
                worker.addBatch();
                travelling(placement, p.id(), site, now);
                placement.setString(5, p.workerId());
                placement.setString(6, p.enterpriseId());
                placement.setString(7, p.intermediaryId());
                placement.setString(8, p.channel().name());
                placement.setString(9, p.hireDate().toString());
                text(placement, 10, p.confirmedOn() == null ? null : p.confirmedOn().toString());
                text(placement, 11, p.leaveDate() == null ? null : p.leaveDate().toString());
                placement.setString(12, p.insured().stored());
                text(placement, 13, p.taskRef());
                placement.addBatch();
                Judgement j = n.judgement();
                travelling(line, n.lineId(), site, now);
                line.setString(5, claimId);
                line.setString(6, p.id());
                line.setInt(7, j.eligible() ? 1 : 0);
                line.setLong(8, j.amount().fen());
                if (j.monthsCounted() == null) {
                    line.setNull(9, Types.INTEGER);
                } else {
                    line.setInt(9, j.monthsCounted());
                }
                line.setInt(10, n.monthsGranted());
                text(line, 11, j.fundingSource() == null ? null : j.fundingSource().name());
                line.setString(12, String.join(";", j.reasons().stream().map(Enum::name).toList()));
                line.setString(13, FailureCodec.encode(j.failures()));
                line.setInt(14, j.parameterVersion());
                line.setString(15, judgedAt);
                line.addBatch();
                if (i % CHUNK == CHUNK - 1) {
                    flush(worker, placement, line);
                }
            }
            flush(worker, placement, line);
        }
    }

    private void travelling(PreparedStatement s, String id, String site, String now) throws SQLException {
        s.setString(1, id);
        s.setString(2, site);
        s.setLong(3, stamp.nextVersion());
        s.setString(4, now);
    }

    private static void text(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    /** Workers before placements before lines: the foreign keys are checked as each row goes in. */
    private static void flush(PreparedStatement worker, PreparedStatement placement, PreparedStatement line) throws SQLException {
        worker.executeBatch();
        placement.executeBatch();
        line.executeBatch();
    }
}
