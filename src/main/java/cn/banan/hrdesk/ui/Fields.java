package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Form controls bound both ways to view-model properties. */
public final class Fields {
    private Fields() {
    }

    public static TextField text(StringProperty value) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        return field;
    }

    public static <T extends Labelled> ComboBox<Choice<T>> choice(Texts texts, T[] values, ObjectProperty<T> value) {
        ComboBox<Choice<T>> box = new ComboBox<>(FXCollections.observableArrayList(Choice.of(texts, values)));
        box.getItems().stream().filter(c -> c.value() == value.get()).findFirst().ifPresent(box::setValue);
        box.valueProperty().addListener((o, a, b) -> value.set(b == null ? null : b.value()));
        return box;
    }

    /** Dates as 2014-03-10 whatever the locale, so what is typed and what is printed look alike. */
    public static DatePicker date(ObjectProperty<LocalDate> value) {
        DatePicker picker = isoDate(new DatePicker(value.get()));
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    /** A date picker that shows and reads 2014-03-10 whatever the locale (the default writes 2026/12/2 in Chinese). */
    public static DatePicker isoDate(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.setPromptText("YYYY-MM-DD");
        return picker;
    }
}
