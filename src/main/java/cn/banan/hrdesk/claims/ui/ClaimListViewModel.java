package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.ClaimQuery;
import cn.banan.hrdesk.claims.ClaimService;
import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.ui.PagedList;
import cn.banan.hrdesk.ui.TaskRunner;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The claims list: search and filters, a page at a time from SQL, each claim with its status, total and open flags. */
public final class ClaimListViewModel {
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Rule> rule = new SimpleObjectProperty<>();
    private final ObjectProperty<ClaimStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<FundingSource> source = new SimpleObjectProperty<>();
    private final BooleanProperty openFlagsOnly = new SimpleBooleanProperty();
    private final PagedList<ClaimSummary> list;

    public ClaimListViewModel(ClaimService service, TaskRunner runner) {
        list = new PagedList<>(runner, offset -> service.page(query(), offset, PagedList.PAGE_SIZE));
        for (Observable filter : new Observable[] {search, rule, status, year, source, openFlagsOnly}) {
            filter.addListener(o -> list.reload());
        }
    }

    public ClaimQuery query() {
        return new ClaimQuery(search.get(), rule.get(), status.get(), year.get(), source.get(), openFlagsOnly.get());
    }

    public PagedList<ClaimSummary> list() {
        return list;
    }

    public StringProperty search() {
        return search;
    }

    public ObjectProperty<Rule> rule() {
        return rule;
    }

    public ObjectProperty<ClaimStatus> status() {
        return status;
    }

    public ObjectProperty<Integer> year() {
        return year;
    }

    public ObjectProperty<FundingSource> source() {
        return source;
    }

    public BooleanProperty openFlagsOnly() {
        return openFlagsOnly;
    }
}
