package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.Page;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list shown a page at a time, each page fetched from SQL in the background. Only the answer to the
 * latest request is shown, so fast typing in a search box never leaves an older result on screen.
 */
public final class PagedList<T> {
    public static final int PAGE_SIZE = 100;
    private final TaskRunner runner;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final IntegerProperty total = new SimpleIntegerProperty(0);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(1);
    private final Function<Integer, Page<T>> source;
    private int generation;

    public PagedList(TaskRunner runner, Function<Integer, Page<T>> source) {
        this.runner = runner;
        this.source = source;
    }

    /** Fetches the first page with the current filter. */
    public void reload() {
        load(0);
    }

    public void next() {
        if (page.get() + 1 < pageCount.get()) {
            load(page.get() + 1);
        }
    }

    public void previous() {
        if (page.get() > 0) {
            load(page.get() - 1);
        }
    }

    public void refreshPage() {
        load(page.get());
    }

    private void load(int pageIndex) {
        int ticket = ++generation;
        runner.run(UiTask.<Page<T>>of(null, p -> source.apply(pageIndex * PAGE_SIZE)).onSuccess(result -> {
            if (ticket == generation) {
                rows.setAll(result.rows());
                total.set(result.total());
                pageCount.set(Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
                page.set(pageIndex);
            }
        }));
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty page() {
        return page;
    }

    public ReadOnlyIntegerProperty total() {
        return total;
    }

    public ReadOnlyIntegerProperty pageCount() {
        return pageCount;
    }
}
