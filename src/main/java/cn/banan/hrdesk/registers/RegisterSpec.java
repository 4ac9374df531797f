package cn.banan.hrdesk.registers;

import cn.banan.hrdesk.security.Action;
import java.util.List;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * A register (台账) kept as rows of plain fields: its table, its title and export file name (bundle keys), who may
 * change it, its fields, the order rows are listed in, and counts derived in SQL from other tables (a task's
 * confirmed placements, say), read with each row and never stored. A row whose {@code lock} column is set (an expenditure a
 * disbursement covers, say) can no longer be changed, and saying so is the lock's message.
 */
public record RegisterSpec(String key, String table, String titleKey, String fileKey, Action editAction, List<RegisterField> fields,
                           String orderBy, List<Derived> derived, Lock lock) {
    public RegisterSpec(String key, String table, String titleKey, String fileKey, Action editAction, List<RegisterField> fields, String orderBy,
                        List<Derived> derived) {
        this(key, table, titleKey, fileKey, editAction, fields, orderBy, derived, null);
    }

    /** A register whose table is a generated one: a renamed table no longer compiles. */
    public RegisterSpec(String key, Table<?> table, String titleKey, String fileKey, Action editAction, List<RegisterField> fields,
                        TableField<?, ?> orderBy, List<Derived> derived, Lock lock) {
        this(key, table.getName(), titleKey, fileKey, editAction, fields, orderBy.getName(), derived, lock);
    }

    /**
     * A count computed per row over the row's table (named by {@code table}); a yes/no when {@code yesNo}. Either a
     * jOOQ expression on generated tables ({@code value}, for a register with behaviour) or SQL text ({@code sql}).
     */
    public record Derived(String name, String labelKey, String sql, Field<? extends Number> value, boolean yesNo) {
        public Derived(String name, String labelKey, String sql, boolean yesNo) {
            this(name, labelKey, sql, null, yesNo);
        }

        public Derived(String name, String labelKey, String sql) {
            this(name, labelKey, sql, null, false);
        }

        public Derived(String name, String labelKey, Field<? extends Number> value, boolean yesNo) {
            this(name, labelKey, null, value, yesNo);
        }
    }

    /** The column that, once set, locks a row, and the bundle key of what a user trying to change it is told. */
    public record Lock(String column, String problemKey) {
        public Lock(TableField<?, String> column, String problemKey) {
            this(column.getName(), problemKey);
        }
    }

    public RegisterField field(String column) {
        return fields.stream().filter(f -> f.column().equals(column)).findFirst().orElseThrow();
    }
}
