package cn.banan.hrdesk.app;

import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.store.Database;
import cn.banan.hrdesk.store.LocalSettings;
import cn.banan.hrdesk.store.SiteIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The database opened, and the services made when its site is already chosen, on a thread of its own. Opening takes
 * about a second on a cold start (SQLite's library, jOOQ's classes, the schema check), so it starts once the sign-in
 * window is up and goes on while the person types: begun earlier, it took the second core from JavaFX's own start.
 * A failure to open is kept and thrown to whoever asks for the result.
 */
final class EarlyOpening {
    private final Path file;
    private final Texts texts;
    private final Clock clock;
    private final boolean fileWasThere;
    private final CompletableFuture<Opened> result = new CompletableFuture<>();
    private final AtomicBoolean begun = new AtomicBoolean();

    EarlyOpening(Path file, Texts texts, Clock clock) {
        this.file = file;
        this.texts = texts;
        this.clock = clock;
        this.fileWasThere = Files.isRegularFile(file);
    }

    /** The open database, the services on it unless its site is still to be chosen, and whether anyone can sign in yet. */
    record Opened(Database database, Optional<Services> services, boolean usersExist) {
        boolean readyToSignIn() {
            return services.isPresent() && usersExist;
        }
    }

    /** Starts the opening on its thread; once, however often it is asked. */
    void begin() {
        if (!begun.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                result.complete(open(file, texts, clock));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "opening-database");
        t.setDaemon(true);
        t.start();
    }

    private static Opened open(Path file, Texts texts, Clock clock) {
        Database database = Database.open(file);
        try {
            Optional<Site> site = new SiteIdentity(new LocalSettings(database.dsl())).site();
            Optional<Services> services = site.map(s -> new Services(database, s, texts, clock, Session.signedOut()));
            return new Opened(database, services, services.map(s -> !s.users().noUsersYet()).orElse(false));
        } catch (RuntimeException | Error e) {
            database.close();
            throw e;
        }
    }

    /** Whether someone may be signing in while the opening goes on: a file that was there is no first start. */
    boolean maySignInBeforeOpened() {
        return fileWasThere && !result.isDone();
    }

    /** Whether the opening has ended with a database someone can sign in to. */
    boolean readyToSignIn() {
        return result.isDone() && !result.isCompletedExceptionally() && result.join().readyToSignIn();
    }

    /** Runs {@code then} once the opening has ended, well or not, on the thread that ended it. */
    void whenEnded(Runnable then) {
        result.whenComplete((opened, failure) -> then.run());
    }

    /** Waits for the opening, beginning it if no one has; its failure is thrown here, as {@link Database#open} would have thrown it. */
    Opened await() {
        begin();
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * For a window that will not use the database: waits for an opening under way to end, then closes what it opened.
     * The program ends right after, and must not end in the middle of an upgrade. Nothing when it never began.
     */
    void abandon() {
        if (!begun.get()) {
            return;
        }
        try {
            result.join().database().close();
        } catch (CompletionException e) {
            // it failed to open: there is nothing to close
        }
    }
}
