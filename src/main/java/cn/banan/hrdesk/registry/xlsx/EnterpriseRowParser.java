package cn.banan.hrdesk.registry.xlsx;

import cn.banan.hrdesk.core.BusinessTime;
import cn.banan.hrdesk.xlsx.CellProblem;
import cn.banan.hrdesk.core.CreditCode;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.EnterpriseRules;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.xlsx.TemplateColumns;
import cn.banan.hrdesk.xlsx.SheetRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns sheet rows into enterprise forms, naming each bad cell; remembers credit codes to catch repeats. */
final class EnterpriseRowParser {
    /** Name, credit code, park, tier and its start date must be there; address, industry and note may not. */
    private static final int[] REQUIRED = {0, 1, 2, 3, 4};
    private final EnterpriseSheet sheet;
    private final Texts texts;
    private final TemplateColumns columns;
    private final Map<String, Integer> firstRowOfCode = new HashMap<>();
    private final LocalDate today = BusinessTime.today();

    EnterpriseRowParser(EnterpriseSheet sheet, Texts texts) {
        this.sheet = sheet;
        this.texts = texts;
        this.columns = new TemplateColumns(Arrays.stream(EnterpriseSheet.HEADER_KEYS).map(texts::get).toList(), REQUIRED);
    }

    List<CellProblem> bindHeader(List<String> header) {
        return columns.bind(header, h -> texts.get("registry.import.missingColumn", h));
    }

    EnterpriseImport.ParsedRow parse(SheetRow row) {
        List<CellProblem> problems = new ArrayList<>();
        Park park = choice(row, 2, Park.class, problems);
        Tier tier = choice(row, 3, Tier.class, problems);
        TemplateColumns.DateValue from = columns.date(row, 4);
        if (from.unreadable()) {
            problems.add(problem(row, 4, "registry.problem.dateFormat", cell(row, 4)));
        }
        EnterpriseForm form = new EnterpriseForm(null, cell(row, 0), cell(row, 1), park, cell(row, 5), cell(row, 6),
                cell(row, 7), tier, from.value());
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
        return columns.cells(row);
    }

    private String cell(SheetRow row, int k) {
        return columns.text(row, k);
    }

    private CellProblem problem(SheetRow row, int k, String key, Object... args) {
        return columns.problem(row, k, texts.get(key, args));
    }
}
