package cn.banan.hrdesk.registers;

import cn.banan.hrdesk.core.Page;
import cn.banan.hrdesk.store.Like;
import cn.banan.hrdesk.store.RowStamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Registers in SQL, by their specs: the table and columns are named by the spec (never by what a user typed), the
 * values always bound. Rows carry the travelling columns and are never hard-deleted.
 */
public final class RegisterRepository {
    private final RowStamp stamp;

    public RegisterRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    private static Table<Record> table(RegisterSpec s) {
        return DSL.table(DSL.name(s.table()));
    }

    private static Field<Object> column(RegisterSpec s, String column) {
        return DSL.field(DSL.name(s.table(), column));
    }

    private static Field<?> typed(RegisterSpec s, RegisterField f) {
        return f.kind() == FieldKind.COUNT || f.kind() == FieldKind.YEAR || f.kind() == FieldKind.MONEY
                ? DSL.field(DSL.name(s.table(), f.column()), SQLDataType.BIGINT) : DSL.field(DSL.name(s.table(), f.column()), SQLDataType.VARCHAR);
    }

    public String insert(DSLContext dsl, RegisterSpec s, Map<String, Object> values) {
        // a number used before by a row now deleted keeps that row's id; the new row gets an id of its own
        String id = cn.banan.hrdesk.store.NaturalIds.of(s.table(), values)
                .filter(natural -> !dsl.fetchExists(table(s), DSL.field(DSL.name("id")).eq(natural)))
                .orElseGet(() -> stamp.ids().next());
        Map<Field<?>, Object> row = new LinkedHashMap<>();
        row.put(DSL.field(DSL.name("id")), id);
        row.put(DSL.field(DSL.name("origin_site")), stamp.site().name());
        row.put(DSL.field(DSL.name("version")), stamp.nextVersion());
        row.put(DSL.field(DSL.name("updated_at")), stamp.now());
        row.put(DSL.field(DSL.name("deleted")), 0);
        s.fields().forEach(f -> row.put(DSL.field(DSL.name(f.column())), stored(f, values.get(f.column()))));
        dsl.insertInto(table(s)).set(row).execute();
        return id;
    }

    public void update(DSLContext dsl, RegisterSpec s, String id, Map<String, Object> values) {
        Map<Field<?>, Object> row = new LinkedHashMap<>();
        row.put(DSL.field(DSL.name("version")), stamp.nextVersion());
        row.put(DSL.field(DSL.name("updated_at")), stamp.now());
        s.fields().forEach(f -> row.put(DSL.field(DSL.name(f.column())), stored(f, values.get(f.column()))));
        dsl.update(table(s)).set(row).where(DSL.field(DSL.name("id")).eq(id)).execute();
    }

    /** What a column holds: an empty optional count is 0 and an empty text '', as the tables declare. */
    private static Object stored(RegisterField f, Object v) {
        if (v == null) {
            return f.kind() == FieldKind.COUNT ? Long.valueOf(0) : f.kind().plainText() ? "" : null;
        }
        if (v instanceof RowRef r) {
            return r.id();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof cn.banan.hrdesk.core.Money m) {
            return m.fen();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof Integer i) {
            return i.longValue();
        }
        return v;
    }

    /** Sets a column the program keeps beside a row's fields (a link it made, say), as a change of the row. */
    public void setColumn(DSLContext dsl, RegisterSpec s, String id, String column, String value) {
        dsl.update(table(s)).set(DSL.field(DSL.name(column)), (Object) value).set(DSL.field(DSL.name("version")), (Object) stamp.nextVersion())
                .set(DSL.field(DSL.name("updated_at")), (Object) stamp.now()).where(DSL.field(DSL.name("id")).eq(id)).execute();
    }

    /** A column the program keeps beside a row's fields. */
    public String column(DSLContext dsl, RegisterSpec s, String id, String column) {
        return dsl.select(DSL.field(DSL.name(column), String.class)).from(table(s)).where(DSL.field(DSL.name("id")).eq(id)).fetchOne(0, String.class);
    }

    /** A page of rows whose text fields contain {@code text}, in the spec's order, each with its derived counts. */
    public Page<RegisterRow> page(DSLContext dsl, RegisterSpec s, String text, int offset, int limit) {
        Condition where = column(s, "deleted").eq(0);
        if (text != null && !text.isBlank()) {
            Condition any = DSL.falseCondition();
            for (RegisterField f : s.fields()) {
                if (f.kind() == FieldKind.TEXT || f.kind() == FieldKind.LONG_TEXT) {
                    any = any.or(DSL.field(DSL.name(s.table(), f.column()), String.class).like(Like.contains(text.strip()), Like.ESCAPE));
                } else if (f.kind() == FieldKind.ROW) {
                    any = any.or(label(s, f).like(Like.contains(text.strip()), Like.ESCAPE));
                }
            }
            where = where.and(any);
        }
        int total = dsl.fetchCount(DSL.selectOne().from(table(s)).where(where));
        List<RegisterRow> rows = new ArrayList<>();
        select(dsl, s).where(where).orderBy(column(s, s.orderBy()).desc(), column(s, "id")).limit(limit).offset(offset)
                .forEach(r -> rows.add(toRow(s, r)));
        return new Page<>(rows, offset, total);
    }

    public Optional<RegisterRow> find(DSLContext dsl, RegisterSpec s, String id) {
        return select(dsl, s).where(column(s, "id").eq(id)).fetchOptional().map(r -> toRow(s, r));
    }

    /** Every live row, in order, one at a time (the export). */
    public void each(DSLContext dsl, RegisterSpec s, Consumer<RegisterRow> sink) {
        try (var cursor = select(dsl, s).where(column(s, "deleted").eq(0)).orderBy(column(s, s.orderBy()).desc(), column(s, "id")).fetchLazy()) {
            cursor.forEach(r -> sink.accept(toRow(s, r)));
        }
    }

    private org.jooq.SelectJoinStep<Record> select(DSLContext dsl, RegisterSpec s) {
        List<Field<?>> fields = new ArrayList<>();
        fields.add(DSL.field(DSL.name(s.table(), "id"), String.class));
        s.fields().forEach(f -> fields.add(typed(s, f)));
        // The SQL of a derived count comes from the program's own spec, never from input.
        s.derived().forEach(d -> fields.add((d.value() != null ? d.value() : DSL.field("(" + d.sql() + ")", Long.class)).as(d.name())));
        for (RegisterField f : s.fields()) {
            if (f.kind() == FieldKind.ROW) {
                fields.add(label(s, f).as(f.column() + "__label"));
            }
            if (f.kind() == FieldKind.ENTERPRISE) {
                Field<String> ref = DSL.field(DSL.name(s.table(), f.column()), String.class);
                fields.add(DSL.field(DSL.select(DSL.field(DSL.name("enterprise", "name"), String.class)).from(DSL.table(DSL.name("enterprise")))
                        .where(DSL.field(DSL.name("enterprise", "id"), String.class).eq(ref))).as(f.column() + "__name"));
                fields.add(DSL.field(DSL.select(DSL.field(DSL.name("enterprise", "credit_code"), String.class)).from(DSL.table(DSL.name("enterprise")))
                        .where(DSL.field(DSL.name("enterprise", "id"), String.class).eq(ref))).as(f.column() + "__code"));
            }
        }
        return dsl.select(fields).from(table(s));
    }

    /** The label of the row a ROW field names, by the link's SQL (the spec's text) over that row alone. */
    private static Field<String> label(RegisterSpec s, RegisterField f) {
        RowLink link = f.link();
        return DSL.field(DSL.select(DSL.field("(" + link.labelSql() + ")", String.class)).from(DSL.table(DSL.name(link.table())))
                .where(DSL.field(DSL.name(link.table(), "id"), String.class).eq(DSL.field(DSL.name(s.table(), f.column()), String.class))));
    }

    /** The live rows a ROW field may name, newest first, at most {@code limit}. */
    public List<RowRef> options(DSLContext dsl, RowLink link, int limit) {
        return dsl.select(DSL.field(DSL.name(link.table(), "id"), String.class), DSL.field("(" + link.labelSql() + ")", String.class))
                .from(DSL.table(DSL.name(link.table()))).where(DSL.field(DSL.name(link.table(), "deleted")).eq(0))
                .orderBy(DSL.field(DSL.name(link.table(), link.orderBy())).desc(), DSL.field(DSL.name(link.table(), "id")))
                .limit(limit).fetch(r -> new RowRef(r.value1(), r.value2()));
    }

    /** Whether {@code id} is a live row of the linked register. */
    public boolean exists(DSLContext dsl, RowLink link, String id) {
        return dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name(link.table()))).where(DSL.field(DSL.name(link.table(), "id")).eq(id)
                .and(DSL.field(DSL.name(link.table(), "deleted")).eq(0))));
    }

    private static RegisterRow toRow(RegisterSpec s, Record r) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RegisterField f : s.fields()) {
            Object v = r.get(DSL.field(DSL.name(s.table(), f.column())));
            values.put(f.column(), switch (f.kind()) {
                case COUNT, YEAR -> v == null ? null : ((Number) v).longValue();
                case MONEY -> v == null ? null : new cn.banan.hrdesk.core.Money(((Number) v).longValue());
                case DATE -> v == null ? null : LocalDate.parse(v.toString());
                case CHOICE -> v == null ? null : f.choiceNamed(v.toString());
                case TEXT, LONG_TEXT, PHONE, RESIDENT_ID, MONTH -> v == null ? "" : v.toString();
                case ROW -> v == null ? null : new RowRef(v.toString(), r.get(f.column() + "__label", String.class));
                case ENTERPRISE -> v == null ? null : new EnterpriseRef(v.toString(), r.get(f.column() + "__name", String.class),
                        r.get(f.column() + "__code", String.class));
            });
        }
        s.derived().forEach(d -> values.put(d.name(), r.get(d.name(), Long.class)));
        return new RegisterRow(r.get(DSL.field(DSL.name(s.table(), "id"), String.class)), values);
    }
}
