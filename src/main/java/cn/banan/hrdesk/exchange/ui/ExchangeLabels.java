package cn.banan.hrdesk.exchange.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.enterprises.EnterpriseServiceRegisters;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.office.OfficeRegisters;
import cn.banan.hrdesk.registers.RegisterField;
import cn.banan.hrdesk.registers.RegisterSpec;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a register and a field are called, for a table and a column named by the exchange. */
public final class ExchangeLabels {
    static final List<RegisterSpec> REGISTERS = List.of(LiaisonRegisters.TASKS, LiaisonRegisters.MAJORS, LiaisonRegisters.AGREEMENTS,
            LiaisonRegisters.STUDENTS, LiaisonRegisters.FAIRS, LiaisonRegisters.POSTS, LiaisonRegisters.SEEKERS, OfficeRegisters.STAFF,
            OfficeRegisters.MEETINGS, OfficeRegisters.ACTIONS, OfficeRegisters.PUBLICITY, OfficeRegisters.EXPENDITURES,
            EnterpriseServiceRegisters.REQUESTS, EnterpriseServiceRegisters.DEMAND, EnterpriseServiceRegisters.HEADCOUNT,
            EnterpriseServiceRegisters.FACILITIES, EnterpriseServiceRegisters.RECOGNITIONS);
    private final Texts texts;

    public ExchangeLabels(Texts texts) {
        this.texts = texts;
    }

    /** Empty for a table nobody gave a name (a test keeps that from happening). */
    public Optional<String> table(String table) {
        for (RegisterSpec s : REGISTERS) {
            if (s.table().equals(table)) {
                return Optional.of(texts.get(s.titleKey()));
            }
        }
        return core(table).map(texts::label);
    }

    public String column(String table, String column) {
        for (RegisterSpec s : REGISTERS) {
            if (s.table().equals(table)) {
                for (RegisterField f : s.fields()) {
                    if (f.column().equals(column)) {
                        return texts.get(f.labelKey());
                    }
                }
            }
        }
        for (CoreColumn c : CoreColumn.values()) {
            if (c.name().equals(column.toUpperCase(Locale.ROOT))) {
                return texts.label(c);
            }
        }
        return texts.get("exchange.column.unnamed", column);
    }

    static Optional<CoreTable> core(String table) {
        for (CoreTable t : CoreTable.values()) {
            if (t.name().equals(table.toUpperCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
