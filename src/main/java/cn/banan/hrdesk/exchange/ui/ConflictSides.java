package cn.banan.hrdesk.exchange.ui;

import cn.banan.hrdesk.exchange.RowImage;
import cn.banan.hrdesk.exchange.SyncConflict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A conflict's two sides, field by field, with the fields in which they differ. */
public record ConflictSides(SyncConflict conflict, RowImage here, RowImage other) {
    static final Set<String> BOOKKEEPING = Set.of("id", "origin_site", "version", "updated_at");

    /** The fields a person compares: every field but the bookkeeping ones, those that differ first. */
    public List<String> fields() {
        Set<String> all = new LinkedHashSet<>();
        if (here != null) {
            all.addAll(here.values().keySet());
        }
        if (other != null) {
            all.addAll(other.values().keySet());
        }
        all.removeAll(BOOKKEEPING);
        List<String> differing = new ArrayList<>();
        List<String> same = new ArrayList<>();
        for (String f : all) {
            (differs(f) ? differing : same).add(f);
        }
        differing.addAll(same);
        return differing;
    }

    public boolean differs(String field) {
        return !Objects.equals(value(here, field), value(other, field));
    }

    static Object value(RowImage image, String field) {
        return image == null ? null : image.values().get(field);
    }
}
