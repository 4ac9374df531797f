package cn.banan.hrdesk.claims.roster;

import cn.banan.hrdesk.claims.BulkLineRepository;
import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimService;
import cn.banan.hrdesk.claims.InsuredMonths;
import cn.banan.hrdesk.claims.LineFacts;
import cn.banan.hrdesk.claims.Placement;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.claims.PlacementRepository;
import cn.banan.hrdesk.claims.PlacementService;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.params.PolicyParameterRepository;
import cn.banan.hrdesk.policy.PolicyParameters;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import cn.banan.hrdesk.registry.PartyRepository;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.xlsx.CellProblem;
import cn.banan.hrdesk.xlsx.ErrorRows;
import cn.banan.hrdesk.xlsx.ImportMode;
import cn.banan.hrdesk.xlsx.ImportReport;
import cn.banan.hrdesk.xlsx.StreamingSheetReader;
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
    private final PlacementService placementService;
    private final PlacementRepository placements;
    private final EnterpriseRepository enterprises;
    private final PartyRepository parties;
    private final BulkLineRepository bulk;
    private final RosterSheet sheet;
    private final Texts texts;
    private final Clock clock;

    public RosterImport(DSLContext dsl, ClaimService claims, PlacementService placementService, PlacementRepository placements,
                        EnterpriseRepository enterprises, PartyRepository parties, BulkLineRepository bulk, Texts texts, Clock clock) {
        this.dsl = dsl;
        this.claims = claims;
        this.placementService = placementService;
        this.placements = placements;
        this.enterprises = enterprises;
        this.parties = parties;
        this.bulk = bulk;
        this.sheet = new RosterSheet(texts);
        this.texts = texts;
        this.clock = clock;
    }

    public ImportReport run(Claim claim, Path file, ImportMode mode, Path errorWorkbook, Progress progress) throws IOException {
        Map<String, String> byCreditCode = new HashMap<>();
        enterprises.forEach(dsl, e -> byCreditCode.put(e.creditCode().value(), e.id()));
        RosterRowParser parser = new RosterRowParser(sheet, texts, byCreditCode::get,
                claim.rule() == Rule.R3 ? claim.claimantId() : null, LocalDate.now(clock));
        List<RosterRow> rows = new ArrayList<>();
        List<CellProblem> headerProblems = new ArrayList<>();
        StreamingSheetReader.read(file, h -> headerProblems.addAll(parser.bindHeader(h)), raw -> {
            progress.checkCancelled();
            rows.add(parser.parse(raw));
            progress.update(rows.size(), -1);
        });
        if (!headerProblems.isEmpty()) {
            return new ImportReport(rows.size(), 0, headerProblems, null);
        }
        int imported = store(claim, rows, mode == ImportMode.ALL_OR_NOTHING, parser, progress);
        List<CellProblem> all = rows.stream().flatMap(r -> r.problems.stream()).toList();
        Path written = null;
        if (mode == ImportMode.GOOD_ROWS_ONLY && !all.isEmpty() && errorWorkbook != null) {
            ErrorRows.write(errorWorkbook, sheet.sheetName(), sheet.columns(), texts.get("registry.import.errorColumn"), rows.stream()
                    .filter(r -> !r.problems.isEmpty()).map(r -> new ErrorRows.Row(parser.columns().cells(r.raw), r.problems)).toList());
            written = errorWorkbook;
        }
        return new ImportReport(rows.size(), imported, all, written);
    }

    private int store(Claim claim, List<RosterRow> rows, boolean allOrNothing, RosterRowParser parser, Progress progress) {
        List<RosterRow> good = rows.stream().filter(RosterRow::isGood).toList();
        Set<String> inClaim = new HashSet<>(claims.lines(claim.id()).stream().map(l -> l.placementId()).toList());
        Set<String> firstTime = firstTimeWorkers(good);
        int[] stored = {0};
        try {
            dsl.transaction(tx -> {
                List<PolicyParameters> versions = PolicyParameterRepository.all(tx.dsl());
                Map<String, LineFacts.EnterpriseFacts> memo = new HashMap<>();
                List<BulkLineRepository.NewLine> batch = new ArrayList<>();
                List<Map.Entry<String, ClaimService.FlagFinding>> findings = new ArrayList<>();
                boolean bad = good.size() < rows.size();
                for (int i = 0; i < good.size(); i++) {
                    progress.checkCancelled();
                    RosterRow row = good.get(i);
                    if (firstTime.contains(row.residentId)) {
                        batch.add(firstTimeLine(tx.dsl(), claim, row, versions, memo, findings));
                        stored[0]++;
                        progress.update(i + 1, good.size());
                        continue;
                    }
                    boolean ok = allOrNothing ? storeRow(tx.dsl(), claim, row, inClaim, versions, parser, memo)
                            : storeRowOrNothing(tx.dsl(), claim, row, inClaim, versions, parser, memo);
                    if (ok) {
                        stored[0]++;
                    } else {
                        bad = true;
                    }
                    progress.update(i + 1, good.size());
                }
                if (allOrNothing && bad) {
                    throw new RolledBack();
                }
                bulk.insert(tx.dsl(), claim.id(), batch);
                findings.forEach(f -> claims.raise(tx.dsl(), claim.id(), f.getKey(), f.getValue()));
            });
        } catch (RolledBack e) {
            return 0;
        }
        return stored[0];
    }

    /**
     * Workers seen for the first time, once in the roster: nothing else is known of them, so their rows are
     * judged without looking for other placements or claims, and written in bulk.
     */
    private Set<String> firstTimeWorkers(List<RosterRow> good) {
        Map<String, Integer> seen = new HashMap<>();
        good.forEach(r -> seen.merge(r.residentId, 1, Integer::sum));
        Map<String, String> registered = bulk.registeredWorkers(dsl, seen.keySet());
        Set<String> first = new HashSet<>();
        seen.forEach((id, n) -> {
            if (n == 1 && !registered.containsKey(id)) {
                first.add(id);
            }
        });
        return first;
    }

    private BulkLineRepository.NewLine firstTimeLine(DSLContext tx, Claim claim, RosterRow row, List<PolicyParameters> versions,
                                                      Map<String, LineFacts.EnterpriseFacts> memo,
                                                      List<Map.Entry<String, ClaimService.FlagFinding>> findings) {
        String workerId = bulk.newId();
        String lineId = bulk.newId();
        Placement p = new Placement(bulk.newId(), workerId, row.enterpriseId, claim.rule() == Rule.R3 ? null : claim.claimantId(),
                row.channel, row.hire, row.confirmed, row.leave, InsuredMonths.parse(row.insured), blankToNull(row.taskRef), row.taskType);
        ClaimService.JudgedLine judged = claims.judgeFirstTime(tx, claim, p, versions, memo);
        judged.findings().forEach(f -> findings.add(Map.entry(lineId, f)));
        return new BulkLineRepository.NewLine(workerId, row.residentId, row.name, p, lineId, judged.judgement(), judged.monthsGranted());
    }

    /**
     * With only the good rows kept, a refused row must leave nothing behind (not even a new worker): it runs
     * inside a savepoint. All or nothing needs none: one refused row rolls the whole import back.
     */
    private boolean storeRowOrNothing(DSLContext tx, Claim claim, RosterRow row, Set<String> inClaim, List<PolicyParameters> versions,
                                      RosterRowParser parser, Map<String, LineFacts.EnterpriseFacts> memo) {
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
                             RosterRowParser parser, Map<String, LineFacts.EnterpriseFacts> memo) {
        String workerId = parties.workerByResidentId(tx, row.residentId)
                .map(Worker::id).orElseGet(() -> parties.save(tx, new Worker(null, row.residentId, row.name, null, TargetGroup.OTHER)));
        Placement existing = placements.find(tx, workerId, row.enterpriseId, row.hire).orElse(null);
        String via = claim.rule() == Rule.R3 ? (existing == null ? null : existing.intermediaryId()) : claim.claimantId();
        if (existing != null && claim.rule() != Rule.R3 && !claim.claimantId().equals(existing.intermediaryId())) {
            row.problems.add(parser.problem(row.raw, RosterSheet.ID, "roster.problem.otherIntermediary"));
            return false;
        }
        PlacementForm form = new PlacementForm(existing == null ? null : existing.id(), workerId, row.enterpriseId, via, row.channel,
                row.hire, row.confirmed, row.leave, row.insured, row.taskRef, row.taskType);
        if (existing == null) {
            // a new placement: the parser checked every cell, the worker and enterprise exist, none is stored for that day
            String id = placementService.store(tx, form);
            claims.judge(tx, claim, new Placement(id, workerId, row.enterpriseId, via, row.channel, row.hire, row.confirmed, row.leave,
                    InsuredMonths.parse(row.insured), blankToNull(row.taskRef), row.taskType), versions, memo);
            return true;
        }
        List<FieldProblem> problems = placementService.check(tx, form);
        if (existing != null && inClaim.contains(existing.id())) {
            row.problems.add(parser.problem(row.raw, RosterSheet.ID, "roster.problem.alreadyInClaim"));
            return false;
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> row.problems.add(parser.problem(row.raw, column(p.field()), p.key(), p.args().toArray())));
            return false;
        }
        String placementId = placementService.store(tx, form);
        claims.judge(tx, claim, placements.find(tx, placementId).orElseThrow(), versions, memo);
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int column(String field) {
        return switch (field) {
            case PlacementForm.ENTERPRISE -> RosterSheet.CREDIT_CODE;
            case PlacementForm.CHANNEL -> RosterSheet.CHANNEL;
            case PlacementForm.HIRE -> RosterSheet.HIRE;
            case PlacementForm.CONFIRMED -> RosterSheet.CONFIRMED;
            case PlacementForm.LEAVE -> RosterSheet.LEAVE;
            case PlacementForm.INSURED -> RosterSheet.INSURED;
            default -> RosterSheet.ID;
        };
    }

    private static final class RolledBack extends CancellationException {
        RolledBack() {
            super("roster import rolled back: some rows had problems");
        }
    }

    /** The empty roster template, with drop-downs for channel and task type. */
    public void template(Path target) throws IOException {
        try (var wb = new cn.banan.hrdesk.xlsx.TableWorkbook(sheet.sheetName(), sheet.columns(), true)) {
            wb.save(target);
        }
    }
}
