package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.ValidationException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Saving a form in the background: problems go to its fields, anything else to {@code onFailure}. */
public final class FormSave {
    private FormSave() {
    }

    public static <T> void run(TaskRunner runner, FieldErrors errors, Callable<T> save, Consumer<T> onSaved,
                               Consumer<Throwable> onFailure) {
        runner.run(UiTask.of(null, p -> save.call())
                .onSuccess(saved -> {
                    errors.setAll(List.of());
                    onSaved.accept(saved);
                })
                .onError(ValidationException.class, e -> errors.setAll(e.problems()))
                .onFailure(onFailure));
    }
}
