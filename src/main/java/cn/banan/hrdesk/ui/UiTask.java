package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Work for the background with what to do after, on the FX thread: on success, on a given kind of error
 * (the first handler whose type matches wins), or on anything else. A {@link TaskRunner} runs it.
 */
public final class UiTask<T> {
    /** The work itself: reports progress, stops when asked (by {@link Progress#checkCancelled()}). */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private record Handler<E extends Throwable>(Class<E> type, Consumer<? super E> action) {
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = t -> { };
    private final List<Handler<?>> handlers = new ArrayList<>();
    private Consumer<Throwable> onFailure = e -> { };

    private UiTask(String title, Work<T> work) {
        this.title = title;
        this.work = work;
    }

    /** {@code title} is what the status bar says while it runs. */
    public static <T> UiTask<T> of(String title, Work<T> work) {
        return new UiTask<>(title, work);
    }

    public UiTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = action;
        return this;
    }

    public <E extends Throwable> UiTask<T> onError(Class<E> type, Consumer<? super E> action) {
        handlers.add(new Handler<>(type, action));
        return this;
    }

    public UiTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = action;
        return this;
    }

    public String title() {
        return title;
    }

    T run(Progress progress) throws Exception {
        return work.run(progress);
    }

    void succeeded(T value) {
        onSuccess.accept(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void failed(Throwable error) {
        for (Handler h : handlers) {
            if (h.type().isInstance(error)) {
                h.action().accept(error);
                return;
            }
        }
        onFailure.accept(error);
    }

    static boolean isCancellation(Throwable e) {
        return e instanceof CancellationException || e instanceof InterruptedException;
    }
}
