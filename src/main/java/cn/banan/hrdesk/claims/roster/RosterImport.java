package cn.banan.hrdesk.claims.roster;

import cn.banan.hrdesk.store.ImportEntry;
import cn.banan.hrdesk.claims.BulkLineRepository;
import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimService;
import cn.banan.hrdesk.claims.LineFacts;
import cn.banan.hrdesk.claims.Placement;
import cn.banan.hrdesk.claims.PlacementRepository;
import cn.banan.hrdesk.claims.RecruitmentTaskRepository;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.params.PolicyParameterRepository;
import cn.banan.hrdesk.policy.PolicyParameters;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.EnterpriseQuery;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import cn.banan.hrdesk.registry.PartyRepository;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.xlsx.CellProblem;
import cn.banan.hrdesk.xlsx.ErrorRows;
import cn.banan.hrdesk.xlsx.ImportMode;
import cn.banan.hrdesk.xlsx.ImportReport;
import cn.banan.hrdesk.xlsx.BadRows;
import java.util.function.Consumer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.jooq.DSLContext;

/**
 * A roster (申报名单) into a claim: each row becomes (or updates) a worker and a placement and a judged line.
 * Streaming read; every bad cell reported; one transaction, all or nothing unless the user took the good rows.
 */
public final class RosterImport {
    private final DSLContext dsl;
    private final ClaimService claims;
    private final PlacementRepository placements;
    private final EnterpriseRepository enterprises;
    private final PartyRepository parties;
    private final BulkLineRepository bulk;
    private final RosterSheet sheet;
    private final Texts texts;
    private final Clock clock;

    private static final int CHUNK = 500;
    private static final int BATCH = 5000;

    public RosterImport(DSLContext dsl, ClaimService claims, PlacementRepository placements,
                        EnterpriseRepository enterprises, PartyRepository parties, BulkLineRepository bulk, Texts texts, Clock clock) {
        this.dsl = dsl;
        this.claims = claims;
        this.placements = placements;
        this.enterprises = enterprises;
        this.parties = parties;
        this.bulk = bulk;
        this.sheet = new RosterSheet(texts);
        this.texts = texts;
        this.clock = clock;
    }

    public ImportReport run(Claim claim, Path file, ImportMode mode, Path errorWorkbook, Progress progress) throws IOException {
        return run(claim, file, mode, errorWorkbook, progress, p -> { });
    }

    /** As the other, handing every problem to {@code eachProblem} as it is found. */
    public ImportReport run(Claim claim, Path file, ImportMode mode, Path errorWorkbook, Progress progress,
                            Consumer<CellProblem> eachProblem) throws IOException {
        claims.requireIntake(claim);
        Map<String, String> byCreditCode = new HashMap<>();
        enterprises.forEach(dsl, EnterpriseQuery.all(LocalDate.now(clock)), e -> byCreditCode.put(e.creditCode().value(), e.id()));
        RosterRowParser parser = new RosterRowParser(sheet, texts, byCreditCode::get,
                claim.rule() == Rule.R3 ? claim.claimantId() : null, RecruitmentTaskRepository.read(dsl)::containsKey, LocalDate.now(clock));
        boolean writeErrors = mode == ImportMode.GOOD_ROWS_ONLY && errorWorkbook != null;
        try (RosterReader reader = new RosterReader(file, parser);
             BadRows bad = new BadRows(eachProblem, writeErrors ? new ErrorRows(sheet.sheetName(), sheet.columns(),
                     texts.get("registry.import.errorColumn")) : null)) {
            if (!reader.headerProblems().isEmpty()) {
                return ImportReport.refusedHeader(reader.headerProblems());
            }
            Outcome outcome = store(claim, file.getFileName().toString(), reader, mode == ImportMode.ALL_OR_NOTHING, parser, bad, progress);
            return bad.report(outcome.rowsRead(), outcome.imported(), errorWorkbook);
        }
    }

    /** What storing found: rows read and rows imported; the bad rows went to {@link BadRows}. */
    private record Outcome(int rowsRead, int imported) {
    }

    private Outcome store(Claim claim, String file, RosterReader reader, boolean allOrNothing, RosterRowParser parser, BadRows bad,
                          Progress progress) {
        Set<String> inClaim = new HashSet<>(claims.lines(claim.id()).stream().map(l -> l.placementId()).toList());
        int[] counts = {0, 0};
        try {
            dsl.transaction(tx -> {
                claims.requireEditable(tx.dsl(), claim);
                List<PolicyParameters> versions = PolicyParameterRepository.all(tx.dsl());
                LineFacts.Memo memo = new LineFacts.Memo();
                Pending pending = new Pending(claim);
                Set<String> seen = new HashSet<>();
                List<RosterRow> chunk = new ArrayList<>(CHUNK);
                for (RosterRow row = reader.next(); row != null || !chunk.isEmpty(); row = row == null ? null : reader.next()) {
                    progress.checkCancelled();
                    if (row != null) {
                        counts[0]++;
                        chunk.add(row);
                        if (chunk.size() < CHUNK) {
                            continue;
                        }
                    }
                    Map<String, String> registered = bulk.registeredWorkers(tx.dsl(), chunk.stream().filter(RosterRow::isGood)
                            .map(r -> r.residentId).toList());
                    for (RosterRow r : chunk) {
                        if (!r.isGood()) {
                            bad.add(parser.columns().cells(r.raw), r.problems);
                        } else if (!registered.containsKey(r.residentId) && seen.add(r.residentId)) {
                            pending.add(tx.dsl(), firstTimeLine(tx.dsl(), claim, r, versions, memo, pending.findings));
                            counts[1]++;
                        } else {
                            seen.add(r.residentId);
                            pending.flush(tx.dsl());
                            boolean ok = allOrNothing ? storeRow(tx.dsl(), claim, r, inClaim, versions, parser, memo)
                                    : storeRowOrNothing(tx.dsl(), claim, r, inClaim, versions, parser, memo);
                            if (ok) {
                                counts[1]++;
                            } else {
                                bad.add(parser.columns().cells(r.raw), r.problems);
                            }
                        }
                    }
                    chunk.clear();
                    progress.update(counts[0], -1);
                }
                if (allOrNothing && bad.any()) {
                    throw new RolledBack();
                }
                pending.flush(tx.dsl());
                ImportEntry.record(tx.dsl(), "claim", claim.id(), file, counts[0], counts[1], counts[0] - counts[1]);
            });
        } catch (RolledBack e) {
            return new Outcome(counts[0], 0);
        }
        return new Outcome(counts[0], counts[1]);
    }

    /** First-time lines judged and waiting to be written in one batch, with the flags to raise on them. */
    private final class Pending {
        private final Claim claim;
        private final List<BulkLineRepository.NewLine> lines = new ArrayList<>();
        private final List<Map.Entry<String, ClaimService.FlagFinding>> findings = new ArrayList<>();

        Pending(Claim claim) {
            this.claim = claim;
        }

        void add(DSLContext tx, BulkLineRepository.NewLine line) {
            lines.add(line);
            if (lines.size() >= BATCH) {
                flush(tx);
            }
        }

        /** Writes what waits, so the rows after it can find those workers and placements in the database. */
        void flush(DSLContext tx) {
            if (!lines.isEmpty()) {
                bulk.insert(tx, claim.id(), lines);
                findings.forEach(f -> claims.raise(tx, claim.id(), f.getKey(), f.getValue()));
                lines.clear();
                findings.clear();
            }
        }
    }

    private BulkLineRepository.NewLine firstTimeLine(DSLContext tx, Claim claim, RosterRow row, List<PolicyParameters> versions,
                                                      LineFacts.Memo memo,
                                                      List<Map.Entry<String, ClaimService.FlagFinding>> findings) {
        String workerId = bulk.newId();
        String lineId = bulk.newId();
        Placement p = row.placement(bulk.newId(), workerId, claim.rule() == Rule.R3 ? null : claim.claimantId());
        ClaimService.JudgedLine judged = claims.judgeFirstTime(tx, claim, p, ResidentId.of(row.residentId), versions, memo);
        judged.findings().forEach(f -> findings.add(Map.entry(lineId, f)));
        return new BulkLineRepository.NewLine(workerId, row.residentId, row.name, groupOrOther(row), p, lineId, judged.judgement(),
                judged.monthsGranted());
    }

    /**
     * With only the good rows kept, a refused row must leave nothing behind (not even a new worker): it runs
     * inside a savepoint. All or nothing needs none: one refused row rolls the whole import back.
     */
    private boolean storeRowOrNothing(DSLContext tx, Claim claim, RosterRow row, Set<String> inClaim, List<PolicyParameters> versions,
                                      RosterRowParser parser, LineFacts.Memo memo) {
        try {
            tx.transaction(savepoint -> {
                if (!storeRow(savepoint.dsl(), claim, row, inClaim, versions, parser, memo)) {
                    throw new RowRefused();
                }
            });
            return true;
        } catch (RowRefused e) {
            return false;
        }
    }

    private static final class RowRefused extends RuntimeException {
        RowRefused() {
            super(null, null, false, false);
        }
    }

    private boolean storeRow(DSLContext tx, Claim claim, RosterRow row, Set<String> inClaim, List<PolicyParameters> versions,
                             RosterRowParser parser, LineFacts.Memo memo) {
        String workerId = parties.workerByResidentId(tx, row.residentId).map(w -> regrouped(tx, w, row.group))
                .orElseGet(() -> parties.save(tx, new Worker(null, row.residentId, row.name, null, groupOrOther(row))));
        Placement existing = placements.find(tx, workerId, row.enterpriseId, row.hire).orElse(null);
        String via = claim.rule() == Rule.R3 ? (existing == null ? null : existing.intermediaryId()) : claim.claimantId();
        if (existing != null && claim.rule() != Rule.R3 && !claim.claimantId().equals(existing.intermediaryId())) {
            row.problems.add(parser.problem(row.raw, RosterSheet.ID, "roster.problem.otherIntermediary"));
            return false;
        }
        if (existing != null && inClaim.contains(existing.id())) {
            row.problems.add(parser.problem(row.raw, RosterSheet.ID, "roster.problem.alreadyInClaim"));
            return false;
        }
        // the parser checked the row by the placement form's rules; the worker and enterprise exist, and the
        // placement of that worker, enterprise and day is this one or none
        Placement placement = row.placement(existing == null ? null : existing.id(), workerId, via);
        String id = placements.save(tx, placement);
        claims.judge(tx, claim, row.placement(id, workerId, via), versions, memo);
        return true;
    }

    /** A registered person whose group the roster names differently takes the roster's: it is the newer word. */
    private String regrouped(DSLContext tx, Worker w, TargetGroup group) {
        if (group != null && group != w.group()) {
            parties.save(tx, new Worker(w.id(), w.residentId(), w.name(), w.phone(), group));
        }
        return w.id();
    }

    private static TargetGroup groupOrOther(RosterRow row) {
        return row.group == null ? TargetGroup.OTHER : row.group;
    }

    private static final class RolledBack extends CancellationException {
        RolledBack() {
            super("roster import rolled back: some rows had problems");
        }
    }

    /** The empty roster template, with a drop-down for the channel. */
    public void template(Path target) throws IOException {
        sheet.template(target);
    }
}
