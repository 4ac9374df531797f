package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.ClaimService;
import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The claims with their status, totals and open flags. */
public final class ClaimListViewModel {
    private final ClaimService service;
    private final TaskRunner runner;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<ClaimSummary> claims = FXCollections.observableArrayList();

    public ClaimListViewModel(ClaimService service, TaskRunner runner, Consumer<Throwable> onFailure) {
        this.service = service;
        this.runner = runner;
        this.onFailure = onFailure;
    }

    public void reload(Runnable then) {
        runner.run(UiTask.of(null, p -> service.list()).onSuccess(list -> {
            claims.setAll(list);
            then.run();
        }).onFailure(onFailure));
    }

    public ObservableList<ClaimSummary> claims() {
        return claims;
    }
}
