package cn.banan.hrdesk.ui;

import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A two-column form: label, field, and under the field the problem with it in red words, taken from the
 * view model's error map by field name. The field is in the {@code :danger} state (AtlantaFX's red) meanwhile.
 */
public final class FormGrid extends GridPane {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private final ObservableMap<String, String> errors;
    private int row;

    public FormGrid(ObservableMap<String, String> errors) {
        this.errors = errors;
        setHgap(10);
        setVgap(2);
        setPadding(new Insets(10));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(280);
        getColumnConstraints().addAll(labels, fields);
    }

    public <C extends Control> C add(String label, String field, C control) {
        control.setId(field);
        control.setMaxWidth(Double.MAX_VALUE);
        Label error = new Label();
        error.setId(field + "-error");
        error.getStyleClass().add("error-text");
        error.setManaged(false);
        error.setVisible(false);
        errors.addListener((MapChangeListener<String, String>) ch -> {
            if (ch.getKey().equals(field)) {
                show(control, error, errors.get(field));
            }
        });
        add(new Label(label), 0, row);
        add(control, 1, row);
        add(error, 1, row + 1);
        row += 2;
        return control;
    }

    private static void show(Control control, Label error, String message) {
        boolean has = message != null;
        error.setText(has ? message : "");
        error.setManaged(has);
        error.setVisible(has);
        control.pseudoClassStateChanged(DANGER, has);
    }
}
