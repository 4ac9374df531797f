package cn.banan.hrdesk.claims.roster;

import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.xlsx.Column;
import cn.banan.hrdesk.xlsx.TableWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The columns of a claim roster (申报名单), in the template's order. */
public final class RosterSheet {
    static final int ID = 0;
    static final int NAME = 1;
    static final int CREDIT_CODE = 2;
    static final int HIRE = 3;
    static final int LEAVE = 4;
    static final int CHANNEL = 5;
    static final int CONFIRMED = 6;
    static final int INSURED = 7;
    static final int TASK_REF = 8;
    /** Optional: a roster made before the column existed still reads; an empty cell leaves the person's group as it was. */
    static final int GROUP = 9;
    static final String[] KEYS = {"roster.col.residentId", "roster.col.name", "roster.col.creditCode", "roster.col.hireDate",
        "roster.col.leaveDate", "roster.col.channel", "roster.col.confirmedOn", "roster.col.insuredMonths", "roster.col.taskRef",
        "registry.worker.group"};
    /** Columns that must be there: ID, name, enterprise, hire date, channel. */
    static final int[] REQUIRED = {ID, NAME, CREDIT_CODE, HIRE, CHANNEL};
    private static final int[] WIDTHS = {21, 12, 21, 12, 12, 12, 13, 22, 14, 14};
    private final Texts texts;

    public RosterSheet(Texts texts) {
        this.texts = texts;
    }

    public List<Column> columns() {
        Column[] cols = new Column[KEYS.length];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = Column.of(header(i), WIDTHS[i]);
        }
        cols[CHANNEL] = Column.choice(header(CHANNEL), WIDTHS[CHANNEL], labels(Channel.values()));
        cols[GROUP] = Column.choice(header(GROUP), WIDTHS[GROUP], labels(TargetGroup.values()));
        return List.of(cols);
    }

    /** The empty roster template, with drop-downs for the channel and the person's group; needs no database. */
    public void template(Path target) throws IOException {
        try (var wb = new TableWorkbook(sheetName(), columns(), true)) {
            wb.save(target);
        }
    }

    public String sheetName() {
        return texts.get("roster.sheet");
    }

    String header(int column) {
        return texts.get(KEYS[column]);
    }

    <E extends Enum<E> & Labelled> Optional<E> choice(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(text) || texts.label(e).equals(text)).findFirst();
    }

    private List<String> labels(Labelled[] values) {
        return Arrays.stream(values).map(texts::label).toList();
    }
}
