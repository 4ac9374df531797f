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
    private final cn.banan.hrdesk.security.Session session;
    private final Texts t;

    public RegisterExport(RegisterService registers, cn.banan.hrdesk.security.Session session, Texts texts) {
        this.registers = registers;
        this.session = session;
        this.t = texts;
    }

    public int write(RegisterSpec spec, Path out) throws IOException {
        List<Column> columns = new ArrayList<>();
        // A printed column is at least as wide as its header, so numbers' headers are not cut.
        spec.fields().forEach(f -> {
            String header = t.get(f.kind() == FieldKind.ENTERPRISE ? "registers.enterpriseName" : f.labelKey());
            columns.add(Column.of(header, Math.max(f.width(), 2 * header.length() + 1)));
        });
        spec.derived().forEach(d -> columns.add(Column.of(t.get(d.labelKey()), Math.max(10, 2 * t.get(d.labelKey()).length() + 1))));
        int[] n = {0};
        try (TableWorkbook wb = new TableWorkbook(t.get(spec.titleKey()), List.of(t.get(spec.titleKey())), columns, columns.size() > 6)) {
            registers.each(spec, row -> {
                n[0]++;
                List<Object> cells = new ArrayList<>();
                spec.fields().forEach(f -> {
                    Object v = row.get(f.column());
                    boolean masked = f.kind().personal() && !cn.banan.hrdesk.security.PersonalData.inFull(session);
                    cells.add(masked ? f.kind().masked(v.toString()) : v instanceof Labelled l ? t.label(l) : v instanceof EnterpriseRef e ? e.name()
                            : v instanceof RowRef r ? r.label() : v instanceof cn.banan.hrdesk.core.Money m ? m.fen() / 100.0 : v);
                });
                spec.derived().forEach(d -> cells.add(d.yesNo() ? t.get(row.count(d.name()) > 0 ? "common.yes" : "common.no") : row.get(d.name())));
                wb.add(cells.toArray());
            });
            wb.save(out);
        }
        return n[0];
    }
}
