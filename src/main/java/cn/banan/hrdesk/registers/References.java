package cn.banan.hrdesk.registers;

import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * What a checked row keeps of what was typed: an enterprise's credit code becomes its registry id, a picked row must
 * still be there, an ID number is kept in its one written form. Unknown ones are named at their fields.
 */
final class References {
    private final RegisterRepository registers;
    private final EnterpriseRepository enterprises;

    References(RegisterRepository registers, EnterpriseRepository enterprises) {
        this.registers = registers;
        this.enterprises = enterprises;
    }

    Map<String, Object> resolve(DSLContext tx, RegisterSpec spec, Map<String, Object> values) {
        Map<String, Object> stored = new HashMap<>(values);
        List<FieldProblem> unknown = new ArrayList<>();
        for (RegisterField f : spec.fields()) {
            Object v = values.get(f.column());
            if (f.kind() == FieldKind.ENTERPRISE && v instanceof String code && !code.isBlank()) {
                enterprises.findByCreditCode(tx, code.strip().toUpperCase()).ifPresentOrElse(e -> stored.put(f.column(), e.id()),
                        () -> unknown.add(FieldProblem.of(f.column(), "registers.problem.unknownEnterprise", code.strip())));
            }
            if (f.kind() == FieldKind.ROW && v instanceof String row && !registers.exists(tx, f.link(), row)) {
                unknown.add(FieldProblem.of(f.column(), "registers.problem.unknownRow"));
            }
            if (f.kind() == FieldKind.RESIDENT_ID && v instanceof String number && !number.isBlank()) {
                stored.put(f.column(), ResidentId.check(number, LocalDate.MAX).value().value());
            }
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown);
        }
        return stored;
    }
}
