package cn.banan.hrdesk.registers;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.xlsx.Column;
import cn.banan.hrdesk.xlsx.TableWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A register as .xlsx: its title, Chinese headers, fixed widths, A4 print setup (TableWorkbook does the page). */
public final class RegisterExport {
    private final RegisterService registers;
    private final Texts t;

    public RegisterExport(RegisterService registers, Texts texts) {
        this.registers = registers;
        this.t = texts;
    }

    public int write(RegisterSpec spec, Path out) throws IOException {
        List<Column> columns = new ArrayList<>();
        spec.fields().forEach(f -> columns.add(Column.of(t.get(f.labelKey()), f.width())));
        spec.derived().forEach(d -> columns.add(Column.of(t.get(d.labelKey()), 10)));
        int[] n = {0};
        try (TableWorkbook wb = new TableWorkbook(t.get(spec.titleKey()), List.of(t.get(spec.titleKey())), columns, columns.size() > 6)) {
            registers.each(spec, row -> {
                n[0]++;
                List<Object> cells = new ArrayList<>();
                spec.fields().forEach(f -> {
                    Object v = row.get(f.column());
                    cells.add(v instanceof Labelled l ? t.label(l) : v);
                });
                spec.derived().forEach(d -> cells.add(row.get(d.name())));
                wb.add(cells.toArray());
            });
            wb.save(out);
        }
        return n[0];
    }
}
