package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.FieldProblem;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** The problems of a form by field name, in words; the form shows each under its field. */
public final class FieldErrors {
    private final ObservableMap<String, String> byField = FXCollections.observableHashMap();
    private final Texts texts;

    public FieldErrors(Texts texts) {
        this.texts = texts;
    }

    public ObservableMap<String, String> map() {
        return byField;
    }

    /** Replaces all problems with {@code problems}: fields not named are clear again. */
    public void setAll(List<FieldProblem> problems) {
        byField.keySet().removeIf(k -> problems.stream().noneMatch(p -> p.field().equals(k)));
        for (FieldProblem p : problems) {
            byField.putIfAbsent(p.field(), texts.get(p.key(), p.args().toArray()));
            byField.replace(p.field(), texts.get(p.key(), p.args().toArray()));
        }
    }

    /** Shows {@code problems} for {@code field} only, leaving the other fields' problems as they are. */
    public void setField(String field, List<FieldProblem> problems) {
        problems.stream().filter(p -> p.field().equals(field)).findFirst()
                .ifPresentOrElse(p -> byField.put(field, texts.get(p.key(), p.args().toArray())), () -> byField.remove(field));
    }
}
