package cn.banan.hrdesk.registry.xlsx;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.xlsx.Column;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The columns of the enterprise workbook (template, export and import alike), in their fixed order. */
public final class EnterpriseSheet {
    static final String[] HEADER_KEYS = {"registry.xlsx.name", "registry.xlsx.creditCode", "registry.xlsx.park",
        "registry.xlsx.tier", "registry.xlsx.tierFrom", "registry.xlsx.address", "registry.xlsx.industry", "registry.xlsx.note"};
    static final List<String> FIELDS = List.of(EnterpriseForm.NAME, EnterpriseForm.CREDIT_CODE, EnterpriseForm.PARK,
            EnterpriseForm.TIER, EnterpriseForm.TIER_FROM, "address", "industry", "note");
    private static final int[] WIDTHS = {30, 22, 16, 26, 13, 30, 14, 20};
    private final Texts texts;

    public EnterpriseSheet(Texts texts) {
        this.texts = texts;
    }

    public List<Column> columns() {
        Column[] cols = new Column[HEADER_KEYS.length];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = Column.of(texts.get(HEADER_KEYS[i]), WIDTHS[i]);
        }
        cols[2] = Column.choice(cols[2].header(), WIDTHS[2], labels(Park.values()));
        cols[3] = Column.choice(cols[3].header(), WIDTHS[3], labels(Tier.values()));
        return List.of(cols);
    }

    public String sheetName() {
        return texts.get("registry.xlsx.sheet");
    }

    String header(int column) {
        return texts.get(HEADER_KEYS[column]);
    }

    /** A choice cell holds the label shown in the drop-down, or the code itself (T1_ELECTRONICS). */
    <E extends Enum<E> & Labelled> Optional<E> choice(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(text) || texts.label(e).equals(text)).findFirst();
    }

    private List<String> labels(Labelled[] values) {
        return Arrays.stream(values).map(texts::label).toList();
    }
}
