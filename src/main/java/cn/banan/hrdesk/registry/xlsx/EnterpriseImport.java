package cn.banan.hrdesk.registry.xlsx;

import cn.banan.hrdesk.xlsx.ImportReport;
import cn.banan.hrdesk.xlsx.ImportMode;
import cn.banan.hrdesk.xlsx.CellProblem;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.EnterpriseService;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.xlsx.SheetRow;
import cn.banan.hrdesk.xlsx.StreamingSheetReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import cn.banan.hrdesk.xlsx.ErrorRows;
import cn.banan.hrdesk.xlsx.BadRows;
import java.util.function.Consumer;

/**
 * Imports enterprises from the template workbook. Every row is checked and every bad cell reported; rows are
 * stored in one transaction as they are read (memory stays flat in the number of rows), so either all go in, or
 * (when the user asked) only the good ones, with the bad ones written to an error workbook. Cancelling leaves the
 * database as it was.
 */
public final class EnterpriseImport {
    private final EnterpriseService service;
    private final EnterpriseSheet sheet;
    private final Texts texts;

    public EnterpriseImport(EnterpriseService service, Texts texts) {
        this.service = service;
        this.sheet = new EnterpriseSheet(texts);
        this.texts = texts;
    }

    public ImportReport run(Path file, ImportMode mode, Path errorWorkbook, Progress progress) throws IOException {
        return run(file, mode, errorWorkbook, progress, p -> { });
    }

    /** As {@link #run(Path, ImportMode, Path, Progress)}, handing every problem to {@code eachProblem} as it is found. */
    public ImportReport run(Path file, ImportMode mode, Path errorWorkbook, Progress progress,
                            Consumer<CellProblem> eachProblem) throws IOException {
        EnterpriseRowParser parser = new EnterpriseRowParser(sheet, texts);
        boolean writeErrors = mode == ImportMode.GOOD_ROWS_ONLY && errorWorkbook != null;
        List<CellProblem> headerProblems = new ArrayList<>();
        int[] read = {0};
        try (BadRows bad = new BadRows(eachProblem, writeErrors ? new ErrorRows(sheet.sheetName(), sheet.columns(),
                texts.get("registry.import.errorColumn")) : null)) {
            int imported = service.importRows(file.getFileName().toString(), mode == ImportMode.ALL_OR_NOTHING, sink -> StreamingSheetReader.read(file, header -> {
                headerProblems.addAll(parser.bindHeader(header));
                if (!headerProblems.isEmpty()) {
                    throw new HeaderRefused();
                }
            }, raw -> {
                progress.checkCancelled();
                read[0]++;
                ParsedRow row = parser.parse(raw);
                if (row.isGood()) {
                    row.addProblems(sink.store(row.form()), parser);
                } else {
                    sink.rowRefused();
                }
                bad.add(parser.templateCells(raw), row.problems());
                progress.update(read[0], -1);
            }));
            return bad.report(read[0], imported, errorWorkbook);
        } catch (HeaderRefused e) {
            return ImportReport.refusedHeader(headerProblems);
        }
    }

    /** Stops reading at a header that lacks a column: no row can be understood. */
    private static final class HeaderRefused extends RuntimeException {
        HeaderRefused() {
            super(null, null, false, false);
        }
    }

    /** A row read from the sheet: the form it makes, and what is wrong with it. */
    static final class ParsedRow {
        private final SheetRow raw;
        private final EnterpriseForm form;
        private final List<CellProblem> problems;
        private final boolean parsedClean;

        ParsedRow(SheetRow raw, EnterpriseForm form, List<CellProblem> problems) {
            this.raw = raw;
            this.form = form;
            this.problems = new ArrayList<>(problems);
            this.parsedClean = problems.isEmpty();
        }

        boolean isGood() {
            return parsedClean;
        }

        EnterpriseForm form() {
            return form;
        }

        SheetRow raw() {
            return raw;
        }

        List<CellProblem> problems() {
            return problems;
        }

        void addProblems(List<FieldProblem> found, EnterpriseRowParser parser) {
            found.forEach(p -> problems.add(parser.toCell(raw, p)));
        }
    }
}
