package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Texts;
import java.util.ArrayList;
import java.util.List;

/** An entry of a drop-down: a value (null for "all") and the words shown for it. */
public record Choice<T>(T value, String label) {
    /**
     * A filter drop-down over {@code choices}, the first picked, telling {@code onPick} each new value. A ChoiceBox,
     * not a ComboBox: JavaFX keeps a ComboBox's list among its children and builds its skin with the window, a fifth
     * of the pause when the main window first shows with three filters; a ChoiceBox builds its menu when opened.
     */
    public static <T> javafx.scene.control.ChoiceBox<Choice<T>> filterBox(String id, List<Choice<T>> choices,
                                                                          java.util.function.Consumer<T> onPick) {
        javafx.scene.control.ChoiceBox<Choice<T>> box = new javafx.scene.control.ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(choices));
        return picking(box, id, box.getSelectionModel(), box.valueProperty(), onPick);
    }

    /**
     * The same as a ComboBox, for a list too long for a menu (the 操作日志's forty-odd tables): it shows ten entries
     * and scrolls, where a ChoiceBox's menu would run off the screen.
     */
    public static <T> javafx.scene.control.ComboBox<Choice<T>> longFilterBox(String id, List<Choice<T>> choices,
                                                                             java.util.function.Consumer<T> onPick) {
        javafx.scene.control.ComboBox<Choice<T>> box = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(choices));
        return picking(box, id, box.getSelectionModel(), box.valueProperty(), onPick);
    }

    /** The first entry picked, and each new pick told to {@code onPick}. */
    private static <B extends javafx.scene.control.Control, T> B picking(B box, String id,
            javafx.scene.control.SingleSelectionModel<Choice<T>> selection, javafx.beans.value.ObservableValue<Choice<T>> value,
            java.util.function.Consumer<T> onPick) {
        box.setId(id);
        selection.selectFirst();
        value.addListener((o, a, b) -> onPick.accept(b == null ? null : b.value()));
        return box;
    }

    @Override
    public String toString() {
        return label;
    }

    /** "全部" first (value null), then each value by its label. */
    public static <T extends Labelled> List<Choice<T>> withAll(Texts texts, T[] values) {
        List<Choice<T>> list = new ArrayList<>();
        list.add(new Choice<>(null, texts.get("common.all")));
        list.addAll(of(texts, values));
        return list;
    }

    public static <T extends Labelled> List<Choice<T>> of(Texts texts, T[] values) {
        List<Choice<T>> list = new ArrayList<>();
        for (T v : values) {
            list.add(new Choice<>(v, texts.label(v)));
        }
        return list;
    }
}
