package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.Progress;

/** Runs each task at once on the calling thread, so view-model tests need no FX thread and no waiting. */
public final class DirectTaskRunner implements TaskRunner {
    @Override
    public <T> void run(UiTask<T> task) {
        T value;
        try {
            value = task.run(Progress.NONE);
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(value);
    }
}
