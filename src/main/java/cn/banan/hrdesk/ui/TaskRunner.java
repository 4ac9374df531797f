package cn.banan.hrdesk.ui;

/** Runs {@link UiTask}s: in the background in the program, straight through in tests. */
public interface TaskRunner {
    <T> void run(UiTask<T> task);
}
