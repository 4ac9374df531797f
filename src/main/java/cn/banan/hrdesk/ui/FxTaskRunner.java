package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.ValidationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on daemon threads through {@link javafx.concurrent.Task}; results and errors come back on the FX
 * thread. The latest long task is published, so the status bar can show its progress and a cancel button.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hrdesk-task-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final ObjectProperty<Task<?>> current = new SimpleObjectProperty<>();

    /** Asked for only when a task fails: the runner is made before the sign-in window, and logging takes a tenth of a second to set up. */
    private static Logger log() {
        return LoggerFactory.getLogger(FxTaskRunner.class);
    }

    @Override
    public <T> void run(UiTask<T> task) {
        Task<T> fx = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(task.title());
                return task.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total < 0 ? -1 : total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        fx.setOnSucceeded(e -> finish(fx, () -> task.succeeded(fx.getValue())));
        fx.setOnFailed(e -> finish(fx, () -> {
            Throwable failure = fx.getException();
            String what = task.title() == null ? "background task" : task.title();
            if (failure instanceof ValidationException) {
                // a person's input mistake, shown at its field: worth a line, not a stack trace
                log().info("{} refused: {}", what, failure.getMessage());
            } else if (!UiTask.isCancellation(failure)) {
                log().warn("{} failed", what, failure);
            }
            task.failed(fx.getException());
        }));
        fx.setOnCancelled(e -> finish(fx, () -> task.failed(new java.util.concurrent.CancellationException())));
        if (task.title() != null) {
            current.set(fx);
        }
        executor.execute(fx);
    }

    private void finish(Task<?> fx, Runnable then) {
        if (current.get() == fx) {
            current.set(null);
        }
        then.run();
    }

    /** The long task running now (one with a title), or null. */
    public ReadOnlyObjectProperty<Task<?>> current() {
        return current;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
