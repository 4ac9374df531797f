package cn.banan.hrdesk.audit;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.xlsx.Column;
import cn.banan.hrdesk.xlsx.TableWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Consumer;

/** 操作日志 as .xlsx, in the words of the window: when, site, who, how, register, record, what, the changes, the hash. */
final class AuditExport {
    private final Texts t;
    private final AuditWords words;
    private final boolean full;

    AuditExport(Texts texts, AuditWords words, boolean full) {
        this.t = texts;
        this.words = words;
        this.full = full;
    }

    /** Entries are named in batches, so the trail streams through whatever its length. */
    private static final int BATCH = 500;

    int write(Consumer<Consumer<AuditEntry>> entries, Function<List<AuditEntry>, Referents> names, Path out) throws IOException {
        List<String> titles = full ? List.of(t.get("audit.export.title"), t.get("forms.personalData")) : List.of(t.get("audit.export.title"));
        List<Column> columns = List.of(Column.of(t.get("audit.col.at"), 15), Column.of(t.get("audit.col.site"), 14),
                Column.of(t.get("audit.col.seq"), 7), Column.of(t.get("audit.col.who"), 22), Column.of(t.get("audit.col.table"), 14),
                Column.of(t.get("audit.col.record"), 20), Column.of(t.get("audit.col.op"), 8), Column.of(t.get("audit.col.changes"), 56),
                Column.of(t.get("audit.col.hash"), 18));
        int[] n = {0};
        try (TableWorkbook wb = new TableWorkbook(t.get("audit.export.sheet"), titles, columns, true)) {
            List<AuditEntry> batch = new ArrayList<>(BATCH);
            entries.accept(e -> {
                n[0]++;
                batch.add(e);
                if (batch.size() == BATCH) {
                    add(wb, batch, names.apply(batch));
                    batch.clear();
                }
            });
            add(wb, batch, names.apply(batch));
            wb.save(out);
        }
        return n[0];
    }

    private void add(TableWorkbook wb, List<AuditEntry> batch, Referents referents) {
        for (AuditEntry e : batch) {
            wb.add(words.when(e), words.site(e.site()), e.seq(), words.who(e), words.table(e.table()), e.rowId(), words.op(e),
                    words.changes(e, full, referents), e.hash().substring(0, 16));
        }
    }
}
