package cn.banan.hrdesk.exchange.ui;

import cn.banan.hrdesk.audit.RecordNames;
import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.exchange.SyncConflict;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.enterprises.EnterpriseServiceRegisters;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.office.OfficeRegisters;
import cn.banan.hrdesk.registers.RegisterField;
import cn.banan.hrdesk.registers.RegisterSpec;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a register and a field are called, for a table and a column named by the exchange. */
public final class ExchangeLabels implements RecordNames {
    static final List<RegisterSpec> REGISTERS = List.of(LiaisonRegisters.TASKS, LiaisonRegisters.MAJORS, LiaisonRegisters.AGREEMENTS,
            LiaisonRegisters.STUDENTS, LiaisonRegisters.FAIRS, LiaisonRegisters.POSTS, LiaisonRegisters.SEEKERS, OfficeRegisters.STAFF,
            OfficeRegisters.MEETINGS, OfficeRegisters.ACTIONS, OfficeRegisters.PUBLICITY, OfficeRegisters.EXPENDITURES,
            EnterpriseServiceRegisters.REQUESTS, EnterpriseServiceRegisters.DEMAND, EnterpriseServiceRegisters.HEADCOUNT,
            EnterpriseServiceRegisters.FACILITIES, EnterpriseServiceRegisters.RECOGNITIONS,
            cn.banan.hrdesk.office.LeadingGroupRegisters.MEMBERS, cn.banan.hrdesk.office.LeadingGroupRegisters.ATTENDANCE);
    static final java.util.Set<String> FLAGS = java.util.Set.of("deleted", "eligible");
    static final List<String> NAMING = List.of("name", "claim_no", "task_no", "notice_no", "request_no", "title", "resident_id");
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

    @Override
    public String tableName(String table) {
        return table(table).orElse(table);
    }

    @Override
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

    /** A stored value as a person reads it: a choice by its name, yes or no for a flag, empty said in words. */
    @Override
    public String value(String table, String column, Object v) {
        if (v == null || v instanceof String text && text.isEmpty()) {
            return texts.get("exchange.settle.empty");
        }
        if (v instanceof byte[]) {
            return texts.get("exchange.settle.binary");
        }
        if (FLAGS.contains(column) && v instanceof Number n) {
            return texts.get(n.longValue() != 0 ? "common.yes" : "common.no");
        }
        for (Labelled choice : choices(table, column)) {
            if (choice instanceof Enum<?> e && e.name().equals(v)) {
                return texts.label(choice);
            }
        }
        return String.valueOf(v);
    }

    /** What a conflict is about, in a few words: the name or number the row goes by. */
    public String describe(SyncConflict c) {
        if (c.otherImage() != null) {
            for (String column : NAMING) {
                Object v = c.otherImage().values().get(column);
                if (v != null) {
                    return String.valueOf(v);
                }
            }
        }
        return "";
    }

    private static List<? extends Labelled> choices(String table, String column) {
        for (RegisterSpec s : REGISTERS) {
            if (s.table().equals(table)) {
                for (RegisterField f : s.fields()) {
                    if (f.column().equals(column)) {
                        return f.choices();
                    }
                }
            }
        }
        return switch (column) {
            case "park" -> List.of(Park.values());
            case "tier" -> List.of(Tier.values());
            case "channel" -> List.of(Channel.values());
            case "target_group" -> List.of(TargetGroup.values());
            case "rule" -> List.of(Rule.values());
            case "claimant_kind" -> List.of(cn.banan.hrdesk.claims.ClaimantKind.values());
            case "funding_source" -> List.of(FundingSource.values());
            case "kind" -> table.equals("intermediary") ? List.of(IntermediaryKind.values())
                    : table.equals("ledger_entry") ? List.of(cn.banan.hrdesk.ledger.EntryKind.values()) : List.of();
            case "account" -> List.of(cn.banan.hrdesk.ledger.Account.values());
            case "status" -> table.equals("disbursement_request") ? List.of(cn.banan.hrdesk.office.RequestState.values()) : List.of();
            case "step" -> List.of(cn.banan.hrdesk.claims.workflow.Step.values());
            case "decision" -> List.of(cn.banan.hrdesk.claims.workflow.Decision.values());
            case "role" -> List.of(cn.banan.hrdesk.security.Role.values());
            case "op" -> List.of(cn.banan.hrdesk.audit.AuditEntry.Op.values());
            case "outcome" -> List.of(cn.banan.hrdesk.claims.workflow.ObjectionOutcome.values());
            case "result" -> List.of(cn.banan.hrdesk.claims.payments.LineResult.values());
            default -> List.of();
        };
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
