package cn.banan.hrdesk.claims.roster;

import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.claims.PlacementRules;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.CreditCode;
import cn.banan.hrdesk.core.FieldText;
import cn.banan.hrdesk.core.IdCheck;
import cn.banan.hrdesk.core.IdKind;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.xlsx.CellProblem;
import cn.banan.hrdesk.xlsx.SheetRow;
import cn.banan.hrdesk.xlsx.TemplateColumns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** Reads roster rows, naming every bad cell; the same person, enterprise and hire date twice in a file is refused. */
final class RosterRowParser {
    private final RosterSheet sheet;
    private final Texts texts;
    private final TemplateColumns columns;
    private final Function<String, String> enterpriseByCreditCode;
    private final String onlyEnterprise;
    private final Predicate<String> knownTask;
    private final LocalDate today;
    private final Map<String, Integer> firstRow = new HashMap<>();

    /**
     * {@code onlyEnterprise}: for an R3 claim, the claimant, whose own employees alone may be listed; else null.
     * {@code knownTask}: whether a task number is in 招工联络部's task register.
     */
    RosterRowParser(RosterSheet sheet, Texts texts, Function<String, String> enterpriseByCreditCode, String onlyEnterprise,
                    Predicate<String> knownTask, LocalDate today) {
        this.sheet = sheet;
        this.texts = texts;
        this.enterpriseByCreditCode = enterpriseByCreditCode;
        this.onlyEnterprise = onlyEnterprise;
        this.knownTask = knownTask;
        this.today = today;
        this.columns = new TemplateColumns(Arrays.stream(RosterSheet.KEYS).map(texts::get).toList(), RosterSheet.REQUIRED);
    }

    List<CellProblem> bindHeader(List<String> header) {
        return columns.bind(header, h -> texts.get("registry.import.missingColumn", h));
    }

    TemplateColumns columns() {
        return columns;
    }

    RosterRow parse(SheetRow row) {
        List<CellProblem> problems = new ArrayList<>();
        IdCheck<ResidentId> id = ResidentId.check(columns.text(row, RosterSheet.ID), today);
        if (!id.isValid()) {
            problems.add(problem(row, RosterSheet.ID, id.problem().labelKey(), IdKind.RESIDENT));
        }
        String name = FieldText.line(columns.text(row, RosterSheet.NAME));
        if (name.isEmpty()) {
            problems.add(problem(row, RosterSheet.NAME, "registry.problem.required"));
        } else if (name.codePointCount(0, name.length()) > FieldText.NAME) {
            problems.add(problem(row, RosterSheet.NAME, "registry.problem.tooLong", FieldText.NAME));
        }
        String enterpriseId = enterprise(row, problems);
        // reading: a cell that is not a date or not one of the choices is named as such, and the rules leave it be
        LocalDate hire = date(row, RosterSheet.HIRE, problems);
        LocalDate leave = date(row, RosterSheet.LEAVE, problems);
        LocalDate confirmed = date(row, RosterSheet.CONFIRMED, problems);
        Channel channel = choice(row, RosterSheet.CHANNEL, Channel.class, problems);
        TargetGroup group = choice(row, RosterSheet.GROUP, TargetGroup.class, problems);
        PlacementRules.Checked placement = PlacementRules.check(new PlacementForm(null, null, enterpriseId, null, channel, hire, confirmed,
                leave, columns.text(row, RosterSheet.INSURED), columns.text(row, RosterSheet.TASK_REF)), knownTask);
        for (FieldProblem p : placement.problems()) {
            int k = column(p.field());
            if (problems.stream().noneMatch(q -> q.header().equals(texts.get(RosterSheet.KEYS[k])))) {
                problems.add(problem(row, k, p.key(), p.args().toArray()));
            }
        }
        if (problems.isEmpty()) {
            Integer earlier = firstRow.putIfAbsent(id.value().value() + "|" + enterpriseId + "|" + hire, row.number());
            if (earlier != null) {
                problems.add(problem(row, RosterSheet.ID, "roster.problem.repeatedInFile", earlier));
            }
        }
        return new RosterRow(row, id.isValid() ? id.value().value() : null, name, enterpriseId, hire, leave, channel, confirmed,
                placement.insured(), placement.taskRef(), group, problems);
    }

    private String enterprise(SheetRow row, List<CellProblem> problems) {
        String text = columns.text(row, RosterSheet.CREDIT_CODE);
        if (text.isEmpty()) {
            problems.add(problem(row, RosterSheet.CREDIT_CODE, "registry.problem.required"));
            return null;
        }
        IdCheck<CreditCode> code = CreditCode.check(text);
        if (!code.isValid()) {
            problems.add(problem(row, RosterSheet.CREDIT_CODE, code.problem().labelKey(), IdKind.CREDIT));
            return null;
        }
        String id = enterpriseByCreditCode.apply(code.value().value());
        if (id == null) {
            problems.add(problem(row, RosterSheet.CREDIT_CODE, "roster.problem.unknownEnterprise", code.value().value()));
        } else if (onlyEnterprise != null && !onlyEnterprise.equals(id)) {
            problems.add(problem(row, RosterSheet.CREDIT_CODE, "roster.problem.notTheClaimant"));
        }
        return id;
    }

    private LocalDate date(SheetRow row, int k, List<CellProblem> problems) {
        TemplateColumns.DateValue d = columns.date(row, k);
        if (d.unreadable()) {
            problems.add(problem(row, k, "registry.problem.dateFormat", columns.text(row, k)));
        }
        return d.value();
    }

    private <E extends Enum<E> & cn.banan.hrdesk.core.Labelled> E choice(SheetRow row, int k, Class<E> type, List<CellProblem> problems) {
        String text = columns.text(row, k);
        if (text.isEmpty()) {
            return null;
        }
        E value = sheet.choice(type, text).orElse(null);
        if (value == null) {
            problems.add(problem(row, k, "registry.problem.notAChoice", text));
        }
        return value;
    }

    /** The roster's column for a field of the placement form. */
    static int column(String field) {
        return switch (field) {
            case PlacementForm.ENTERPRISE -> RosterSheet.CREDIT_CODE;
            case PlacementForm.CHANNEL -> RosterSheet.CHANNEL;
            case PlacementForm.HIRE -> RosterSheet.HIRE;
            case PlacementForm.CONFIRMED -> RosterSheet.CONFIRMED;
            case PlacementForm.LEAVE -> RosterSheet.LEAVE;
            case PlacementForm.INSURED -> RosterSheet.INSURED;
            case PlacementForm.TASK -> RosterSheet.TASK_REF;
            default -> RosterSheet.ID;
        };
    }

    CellProblem problem(SheetRow row, int k, String key, Object... args) {
        return columns.problem(row, k, texts.get(key, args));
    }
}
