package cn.banan.hrdesk.registers;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.enterprises.EnterpriseServiceRegisters;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.office.LeadingGroupRegisters;
import cn.banan.hrdesk.office.OfficeRegisters;
import cn.banan.hrdesk.store.generated.DefaultSchema;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/**
 * The registers without behaviour name their columns as text. Those with behaviour are declared on the generated
 * tables and fail to compile when a column is renamed; this holds the others to the schema the same day.
 */
class RegisterSpecsMatchSchemaTest {
    static List<RegisterSpec> all() throws IllegalAccessException {
        List<RegisterSpec> specs = new ArrayList<>();
        for (Class<?> holder : List.of(LiaisonRegisters.class, OfficeRegisters.class, LeadingGroupRegisters.class, EnterpriseServiceRegisters.class)) {
            for (Field f : holder.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == RegisterSpec.class) {
                    specs.add((RegisterSpec) f.get(null));
                }
            }
        }
        return specs;
    }

    @Test
    void everyRegisterNamesATableAndColumnsTheSchemaHas() throws Exception {
        List<RegisterSpec> specs = all();
        assertThat(specs).hasSizeGreaterThan(15);
        List<String> missing = new ArrayList<>();
        for (RegisterSpec s : specs) {
            Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(s.table());
            if (table == null) {
                missing.add(s.key() + ": table " + s.table());
                continue;
            }
            List<String> columns = new ArrayList<>(s.fields().stream().map(RegisterField::column).toList());
            columns.add(s.orderBy());
            if (s.lock() != null) {
                columns.add(s.lock().column());
            }
            columns.stream().filter(c -> table.field(c) == null).forEach(c -> missing.add(s.key() + ": " + s.table() + "." + c));
        }
        assertThat(missing).isEmpty();
    }
}
