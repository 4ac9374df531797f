package cn.banan.hrdesk.claims.roster;

import cn.banan.hrdesk.xlsx.CellProblem;
import cn.banan.hrdesk.xlsx.StreamingSheetReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;

/**
 * Reads and checks the roster's rows on a thread of its own while the import judges and writes the rows before
 * them: the two halves of an import take about as long each, and the machine has two cores.
 */
final class RosterReader implements AutoCloseable {
    private static final Object END = new Object();
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4096);
    private final Thread thread;
    private volatile boolean stopped;
    private List<CellProblem> headerProblems;

    private record Failed(RuntimeException error) {
    }

    private record Header(List<CellProblem> problems) {
    }

    RosterReader(Path file, RosterRowParser parser) {
        thread = new Thread(() -> {
            try {
                StreamingSheetReader.read(file, h -> put(new Header(parser.bindHeader(h))), raw -> put(parser.parse(raw)));
                put(END);
            } catch (CancellationException e) {
                // stopped by the import: nobody is waiting any more
            } catch (RuntimeException e) {
                offerFailure(e);
            } catch (Error e) {
                // even out of memory the import must hear of it, or it would wait for rows forever
                offerFailure(new IllegalStateException("the roster reader failed", e));
                throw e;
            }
        }, "hrdesk-roster-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The header's problems (a missing column); read first, before any row. */
    List<CellProblem> headerProblems() {
        if (headerProblems == null) {
            Object first = take();
            headerProblems = first instanceof Header h ? h.problems() : List.of();
        }
        return headerProblems;
    }

    /** The next row, or null after the last. */
    RosterRow next() {
        headerProblems();
        Object o = take();
        return o == END ? null : (RosterRow) o;
    }

    private Object take() {
        try {
            Object o = queue.take();
            if (o instanceof Failed f) {
                throw f.error();
            }
            if (o == END) {
                queue.offer(END);
            }
            return o;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new CancellationException();
                }
            }
        } catch (InterruptedException e) {
            throw new CancellationException();
        }
    }

    private void offerFailure(RuntimeException e) {
        try {
            put(new Failed(e));
        } catch (CancellationException ignored) {
            // the import stopped reading; the failure no longer matters
        }
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear();
    }
}
