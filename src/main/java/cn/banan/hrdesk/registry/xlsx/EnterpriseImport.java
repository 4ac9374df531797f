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

/**
 * Imports enterprises from the template workbook. Every row is checked and every bad cell reported; rows are
 * stored in one transaction, so either all go in, or (when the user asked) only the good ones, with the bad
 * ones written to an error workbook. Cancelling leaves the database as it was.
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
        List<ParsedRow> rows = new ArrayList<>();
        List<CellProblem> headerProblems = new ArrayList<>();
        EnterpriseRowParser parser = new EnterpriseRowParser(sheet, texts);
        StreamingSheetReader.read(file, header -> headerProblems.addAll(parser.bindHeader(header)), raw -> {
            progress.checkCancelled();
            rows.add(parser.parse(raw));
            progress.update(rows.size(), -1);
        });
        if (!headerProblems.isEmpty()) {
            return new ImportReport(rows.size(), 0, headerProblems, null);
        }
        List<ParsedRow> good = rows.stream().filter(ParsedRow::isGood).toList();
        boolean allOrNothing = mode == ImportMode.ALL_OR_NOTHING;
        int imported = service.importAll(good.stream().map(ParsedRow::form).toList(), allOrNothing && good.size() < rows.size(),
                allOrNothing, (index, problems) -> good.get(index).addProblems(problems, parser), progress);
        List<CellProblem> all = rows.stream().flatMap(r -> r.problems().stream()).toList();
        Path written = null;
        if (mode == ImportMode.GOOD_ROWS_ONLY && !all.isEmpty() && errorWorkbook != null) {
            writeErrors(parser, rows, errorWorkbook);
            written = errorWorkbook;
        }
        return new ImportReport(rows.size(), imported, all, written);
    }

    private void writeErrors(EnterpriseRowParser parser, List<ParsedRow> rows, Path target) throws IOException {
        ErrorRows.write(target, sheet.sheetName(), sheet.columns(), texts.get("registry.import.errorColumn"), rows.stream()
                .filter(r -> !r.problems().isEmpty()).map(r -> new ErrorRows.Row(parser.templateCells(r.raw()), r.problems())).toList());
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
