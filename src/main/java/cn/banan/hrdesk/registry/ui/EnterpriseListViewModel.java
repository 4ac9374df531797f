package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.EnterpriseQuery;
import cn.banan.hrdesk.registry.EnterpriseRow;
import cn.banan.hrdesk.registry.EnterpriseService;
import cn.banan.hrdesk.ui.PagedList;
import cn.banan.hrdesk.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The enterprise list: search text and filters, each change fetching the first page again from SQL. */
public final class EnterpriseListViewModel {
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Tier> tier = new SimpleObjectProperty<>();
    private final ObjectProperty<Park> park = new SimpleObjectProperty<>();
    private final ObjectProperty<RecognitionFilter> recognition = new SimpleObjectProperty<>();
    private final PagedList<EnterpriseRow> list;
    private final Clock clock;

    public EnterpriseListViewModel(EnterpriseService service, TaskRunner runner, Clock clock) {
        this.clock = clock;
        this.list = new PagedList<>(runner, offset -> service.page(query(), offset, PagedList.PAGE_SIZE));
        search.addListener((o, a, b) -> list.reload());
        tier.addListener((o, a, b) -> list.reload());
        park.addListener((o, a, b) -> list.reload());
        recognition.addListener((o, a, b) -> list.reload());
    }

    public EnterpriseQuery query() {
        RecognitionFilter r = recognition.get();
        return new EnterpriseQuery(search.get(), tier.get(), park.get(), r == null ? null : r.recognized(), LocalDate.now(clock));
    }

    public StringProperty search() {
        return search;
    }

    public ObjectProperty<Tier> tier() {
        return tier;
    }

    public ObjectProperty<Park> park() {
        return park;
    }

    public ObjectProperty<RecognitionFilter> recognition() {
        return recognition;
    }

    public PagedList<EnterpriseRow> list() {
        return list;
    }
}
