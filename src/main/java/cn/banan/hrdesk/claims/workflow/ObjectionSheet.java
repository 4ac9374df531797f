package cn.banan.hrdesk.claims.workflow;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.xlsx.Column;
import cn.banan.hrdesk.xlsx.TableWorkbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** 公示异议处理情况: a notice's objections, each with what was said and how a reviewer settled it, on landscape A4. */
final class ObjectionSheet {
    private final Texts texts;

    ObjectionSheet(Texts texts) {
        this.texts = texts;
    }

    void write(Notice notice, List<Objection> objections, Path out) {
        List<String> titles = List.of(texts.get("objection.sheet.title"), texts.get("notice.period", notice.noticeNo(), notice.startsOn(),
                notice.endsOn()));
        List<Column> columns = List.of(col("notice.col.no", 5), col("notice.col.claim", 14), col("objection.col.person", 12),
                col("objection.col.raisedBy", 12), col("objection.col.raisedOn", 11), col("objection.col.content", 24),
                col("objection.col.recordedBy", 10), col("objection.col.outcome", 10), col("objection.col.settlement", 24),
                col("objection.col.settledBy", 10), col("objection.col.settledOn", 11));
        try (TableWorkbook wb = new TableWorkbook(texts.get("objection.sheet.name"), titles, columns, true)) {
            int i = 1;
            for (Objection o : objections) {
                wb.add(i++, o.claimNo(), o.workerName(), o.raisedBy(), o.raisedOn(), o.content(), o.recordedBy(),
                        o.isOpen() ? texts.get("objection.open") : texts.label(o.outcome()), o.settlement(), o.settledBy(), o.settledOn());
            }
            if (objections.isEmpty()) {
                wb.add(null, null, texts.get("objection.sheet.none"));
            }
            wb.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Column col(String key, int width) {
        return Column.of(texts.get(key), width);
    }
}
