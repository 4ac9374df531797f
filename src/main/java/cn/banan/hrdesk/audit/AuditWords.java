package cn.banan.hrdesk.audit;

import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.UtcTimestamp;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.store.AuditedRows;
import java.util.ArrayList;
import java.util.List;

/** The trail in words, alike in the window, the exported workbook and on the command line. */
public final class AuditWords {
    private final Texts texts;
    private final RecordNames names;

    public AuditWords(Texts texts, RecordNames names) {
        this.texts = texts;
        this.names = names;
    }

    public String when(AuditEntry e) {
        return UtcTimestamp.local(e.at());
    }

    /** "王小红（综合管理部经办人）", or "张三（命令行，操作系统用户 zhangsan）", or "程序自身（…）". */
    public String who(AuditEntry e) {
        String role = e.role() == null ? null : roleLabel(e.role());
        return switch (e.source()) {
            case WINDOW -> texts.get("audit.who.user", e.userName(), role == null ? "" : role);
            case EXCHANGE -> texts.get("audit.who.exchange", e.userName());
            // the command line's own name already says so when it names the OS user ("命令行（zhangsan）")
            case COMMAND_LINE -> e.osUser() != null && !e.osUser().isEmpty() && e.userName().contains(e.osUser()) ? e.userName()
                    : texts.get("audit.who.commandLine", e.userName(), e.osUser() == null ? "" : e.osUser());
            case SYSTEM -> texts.get("audit.who.system", e.osUser() == null ? "" : e.osUser());
        };
    }

    /** A site by its name in words ("经济园区管委会"); a chain that had no site yet, as stored. */
    public String site(String site) {
        try {
            return texts.label(Site.valueOf(site));
        } catch (IllegalArgumentException notASite) {
            return site;
        }
    }

    public String table(String table) {
        return names.tableName(table);
    }

    public String op(AuditEntry e) {
        return texts.label(e.op());
    }

    /** "地址：渝北区一号 → 渝北区二号；备注：（空） → 补录", personal fields masked unless {@code full}. */
    public String changes(AuditEntry e, boolean full, Referents referents) {
        return changes(e, full, null, referents);
    }

    /**
     * The same, leaving out {@code known}: the field that names the record whose history is shown (企业：its id). A field
     * pointing at another record shows what {@code referents} call it.
     */
    public String changes(AuditEntry e, boolean full, String known, Referents referents) {
        List<String> parts = new ArrayList<>();
        for (FieldChange c : FieldChange.between(e.before(), e.after())) {
            if (c.field().equals(known)) {
                continue;
            }
            String field = names.column(e.table(), c.field());
            String was = value(e.table(), c.field(), c.before(), full, referents);
            String is = value(e.table(), c.field(), c.after(), full, referents);
            parts.add(e.op() == AuditEntry.Op.UPDATE ? texts.get("audit.change", field, was, is) : texts.get("audit.value", field,
                    e.op() == AuditEntry.Op.DELETE ? was : is));
        }
        return String.join(texts.get("audit.separator"), parts);
    }

    private String value(String table, String field, String v, boolean full, Referents referents) {
        if (v == null || v.isEmpty()) {
            return texts.get("audit.empty");
        }
        if (Referents.isReference(field)) {
            return referents.nameOf(v);
        }
        // a flag is stored as 0 or 1 (是/否); any other number keeps its digits as written (a phone's leading 0); a
        // moment (UTC, as stored) reads in Beijing time
        Object stored = v.equals("0") || v.equals("1") ? (Object) Long.valueOf(v) : v.endsWith("Z") ? UtcTimestamp.local(v) : v;
        return PersonalFields.shown(field, names.value(table, field, stored), full);
    }

    private String roleLabel(String role) {
        try {
            return texts.label(Role.valueOf(role));
        } catch (IllegalArgumentException notARole) {
            return role;
        }
    }

    /** What `audit verify` and the 校验日志 button say. */
    public String check(AuditCheck c) {
        return switch (c.problem()) {
            case NONE -> texts.get("audit.verify.ok", c.entries());
            case ROWS_DIFFER -> {
                List<String> lines = new ArrayList<>();
                lines.add(texts.get("audit.verify.rows", c.rows().size()));
                for (AuditedRows.Difference d : c.rows()) {
                    String key = switch (d.kind()) {
                        case CHANGED -> "audit.verify.row.changed";
                        case ADDED -> "audit.verify.row.added";
                        case REMOVED -> "audit.verify.row.removed";
                    };
                    lines.add(texts.get(key, table(d.table()), d.rowId(),
                            String.join("、", d.fields().stream().map(f -> names.column(d.table(), f)).toList())));
                }
                yield String.join("\n", lines);
            }
            default -> texts.get("audit.verify.broken", site(c.site()), c.seq(), texts.label(c.problem()));
        };
    }
}
