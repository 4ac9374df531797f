package cn.banan.hrdesk.registry.xlsx;

import cn.banan.hrdesk.xlsx.CellProblem;
import cn.banan.hrdesk.core.CreditCode;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.EnterpriseRules;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.xlsx.DateCell;
import cn.banan.hrdesk.xlsx.SheetRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/** Turns sheet rows into enterprise forms, naming each bad cell; remembers credit codes to catch repeats. */
final class EnterpriseRowParser {
    private final EnterpriseSheet sheet;
    private final Texts texts;
    private final int[] columnOf = new int[EnterpriseSheet.HEADER_KEYS.length];
    private final Map<String, Integer> firstRowOfCode = new HashMap<>();
    private final LocalDate today = LocalDate.now();

    EnterpriseRowParser(EnterpriseSheet sheet, Texts texts) {
        this.sheet = sheet;
        this.texts = texts;
    }

    /** Finds each column by its header (a trailing * for "required" is allowed); the first five must be there. */
    List<CellProblem> bindHeader(List<String> header) {
        List<CellProblem> problems = new ArrayList<>();
        for (int k = 0; k < columnOf.length; k++) {
            columnOf[k] = -1;
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).replace("*", "").strip().equals(sheet.header(k))) {
                    columnOf[k] = c;
                }
            }
            if (columnOf[k] < 0 && k < 5) {
                problems.add(new CellProblem(1, "", sheet.header(k), texts.get("registry.import.missingColumn", sheet.header(k))));
            }
        }
        return problems;
    }

    EnterpriseImport.ParsedRow parse(SheetRow row) {
        List<CellProblem> problems = new ArrayList<>();
        Park park = choice(row, 2, Park.class, problems);
        Tier tier = choice(row, 3, Tier.class, problems);
        LocalDate from = null;
        if (!cell(row, 4).isEmpty()) {
            from = DateCell.read(row, columnOf[4]).orElse(null);
            if (from == null) {
                problems.add(problem(row, 4, "registry.problem.dateFormat", cell(row, 4)));
            }
        }
        EnterpriseForm form = new EnterpriseForm(null, cell(row, 0), cell(row, 1), park, cell(row, 5), cell(row, 6),
                cell(row, 7), tier, from);
        for (FieldProblem p : EnterpriseRules.check(form, today)) {
            int col = EnterpriseSheet.FIELDS.indexOf(p.field());
            boolean alreadyNamed = problems.stream().anyMatch(c -> c.header().equals(sheet.header(col)));
            if (!alreadyNamed) {
                problems.add(problem(row, col, p.key(), p.args().toArray()));
            }
        }
        if (problems.isEmpty()) {
            String code = CreditCode.of(form.creditCode()).value();
            Integer earlier = firstRowOfCode.putIfAbsent(code, row.number());
            if (earlier != null) {
                problems.add(problem(row, 1, "registry.import.repeatedInFile", earlier));
            }
        }
        return new EnterpriseImport.ParsedRow(row, form, problems);
    }

    private <E extends Enum<E> & cn.banan.hrdesk.core.Labelled> E choice(SheetRow row, int k, Class<E> type, List<CellProblem> problems) {
        String text = cell(row, k);
        if (text.isEmpty()) {
            return null;
        }
        E value = sheet.choice(type, text).orElse(null);
        if (value == null) {
            problems.add(problem(row, k, "registry.problem.notAChoice", text));
        }
        return value;
    }

    CellProblem toCell(SheetRow row, FieldProblem p) {
        return problem(row, Math.max(0, EnterpriseSheet.FIELDS.indexOf(p.field())), p.key(), p.args().toArray());
    }

    /** The row's cells in template order, for the error workbook. */
    Object[] templateCells(SheetRow row) {
        Object[] cells = new Object[columnOf.length];
        for (int k = 0; k < cells.length; k++) {
            cells[k] = k == 4 && columnOf[k] >= 0 && row.date(columnOf[k]) != null ? row.date(columnOf[k]) : cell(row, k);
        }
        return cells;
    }

    String cell(SheetRow row, int k) {
        return columnOf[k] < 0 ? "" : row.text(columnOf[k]);
    }

    private CellProblem problem(SheetRow row, int k, String key, Object... args) {
        int col = columnOf[k] < 0 ? k : columnOf[k];
        return new CellProblem(row.number(), CellReference.convertNumToColString(col), sheet.header(k), texts.get(key, args));
    }
}
