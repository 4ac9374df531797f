package cn.banan.hrdesk.calculator;

import cn.banan.hrdesk.core.IdCheck;
import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.policy.CaseFacts;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.policy.TaskType;
import cn.banan.hrdesk.xlsx.DateCell;
import cn.banan.hrdesk.xlsx.SheetRow;
import java.time.LocalDate;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.ValidationException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one calculator row into facts. Codes (T1_ELECTRONICS) and the Chinese words for them are both accepted;
 * what cannot be read fails the condition that needs it, and never stops the other rows.
 */
final class CaseRowParser {
    private final Map<CaseColumn, Integer> columns = new EnumMap<>(CaseColumn.class);
    private final Set<Rule> checkedRules = EnumSet.noneOf(Rule.class);
    private final Texts texts;
    private final LocalDate today;

    CaseRowParser(List<String> header, Texts texts, LocalDate today) {
        this.texts = texts;
        this.today = today;
        for (int i = 0; i < header.size(); i++) {
            for (CaseColumn c : CaseColumn.values()) {
                if (c.matches(header.get(i))) {
                    columns.putIfAbsent(c, i);
                }
            }
        }
        requirePresent(CaseColumn.ALWAYS, "calculator.missingColumns");
    }

    /** Refuses the file when it lacks a column the rule needs: every row would be judged N for no reason of its own. */
    void requireColumnsFor(Rule rule) {
        if (checkedRules.add(rule)) {
            requirePresent(CaseColumn.neededBy(rule), "calculator.missingColumnsForRule", rule.name());
        }
    }

    private void requirePresent(Set<CaseColumn> needed, String key, Object... before) {
        List<String> missing = needed.stream().filter(c -> !columns.containsKey(c)).map(CaseColumn::shown).toList();
        if (!missing.isEmpty()) {
            Object[] args = Arrays.copyOf(before, before.length + 1);
            args[before.length] = String.join("、", missing);
            throw new ValidationException(List.of(FieldProblem.of("file", key, args)));
        }
    }

    String caseId(SheetRow row) {
        return text(row, CaseColumn.CASE_ID);
    }

    /** The rule of the row, empty when it names none of R1, R2, R3. */
    Optional<Rule> rule(SheetRow row) {
        return Arrays.stream(Rule.values()).filter(r -> r.name().equalsIgnoreCase(text(row, CaseColumn.RULE))).findFirst();
    }

    CaseFacts facts(SheetRow row, Rule rule) {
        DateField hire = date(row, CaseColumn.HIRE_DATE);
        DateField leave = date(row, CaseColumn.LEAVE_DATE);
        DateField cutoff = date(row, CaseColumn.CUTOFF_DATE);
        DateField from = date(row, CaseColumn.RECOGNIZED_FROM);
        DateField to = date(row, CaseColumn.RECOGNIZED_TO);
        DateField prior = date(row, CaseColumn.PRIOR_EMPLOYMENT_END);
        IdCheck<ResidentId> id = ResidentId.check(text(row, CaseColumn.WORKER_ID), today);
        String paid = text(row, CaseColumn.MONTHS_ALREADY_PAID);
        return new CaseFacts(rule, choice(row, CaseColumn.ENTERPRISE_TIER, Tier.values()), from.value, to.value,
                from.unreadable || to.unreadable, choice(row, CaseColumn.PARK, Park.values()), id.problem(),
                id.value() == null ? null : id.value().birthDate(), hire.value, leave.value,
                cutoff.value, hire.unreadable || leave.unreadable || cutoff.unreadable, number(text(row, CaseColumn.INSURED_MONTHS)),
                prior.value, prior.unreadable, choice(row, CaseColumn.TASK_TYPE, TaskType.values()), yes(row, CaseColumn.HIRE_CONFIRMED),
                paid.isEmpty() ? Integer.valueOf(0) : number(paid), yes(row, CaseColumn.ALREADY_PAID));
    }

    private record DateField(LocalDate value, boolean unreadable) {
    }

    private DateField date(SheetRow row, CaseColumn c) {
        Integer col = columns.get(c);
        if (col == null || row.text(col).isEmpty() && row.date(col) == null) {
            return new DateField(null, false);
        }
        Optional<LocalDate> d = DateCell.read(row, col);
        return new DateField(d.orElse(null), d.isEmpty());
    }

    private <E extends Enum<E> & Labelled> E choice(SheetRow row, CaseColumn c, E[] values) {
        String t = text(row, c);
        return Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(t) || texts.label(v).equals(t)).findFirst().orElse(null);
    }

    private boolean yes(SheetRow row, CaseColumn c) {
        String t = text(row, c);
        return t.equalsIgnoreCase("Y") || t.equals(texts.get("common.yes"));
    }

    private static Integer number(String t) {
        try {
            return t.isEmpty() ? null : Integer.valueOf(t.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String text(SheetRow row, CaseColumn c) {
        Integer col = columns.get(c);
        return col == null ? "" : row.text(col);
    }
}
