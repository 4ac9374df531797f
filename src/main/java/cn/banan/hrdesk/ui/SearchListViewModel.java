package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.Page;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A list searched by text and shown a page at a time; ID numbers masked unless revealed. */
public final class SearchListViewModel<T> {
    /** Fetches one page for a search text: (text, offset, limit). */
    public interface Source<T> {
        Page<T> page(String text, int offset, int limit);
    }

    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty reveal = new SimpleBooleanProperty(false);
    private final PagedList<T> list;

    public SearchListViewModel(Source<T> source, TaskRunner runner) {
        this.list = new PagedList<>(runner, offset -> source.page(search.get(), offset, PagedList.PAGE_SIZE));
        search.addListener((o, a, b) -> list.reload());
    }

    public StringProperty search() {
        return search;
    }

    /** Whether full ID numbers are shown; the box that sets it is offered only to roles that may see them. */
    public BooleanProperty reveal() {
        return reveal;
    }

    public PagedList<T> list() {
        return list;
    }
}
