package cn.banan.hrdesk.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Table columns from getters, sized in characters so Chinese headers are never cut off. */
public final class Columns {
    private Columns() {
    }

    public static <S> TableColumn<S, Object> add(TableView<S> table, String header, int widthChars, Function<S, Object> value) {
        TableColumn<S, Object> col = new TableColumn<>(header);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
        col.setPrefWidth(widthChars * 14 + 16);
        col.setMinWidth(header.length() * 14 + 24);
        table.getColumns().add(col);
        return col;
    }

    /** Long text (reasons) shows whole in a tooltip when the column cuts it off. */
    public static <S> void withTooltips(TableColumn<S, Object> col) {
        col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : item.toString();
                setText(text);
                setTooltip(text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
    }
}
