package cn.banan.hrdesk.app;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.store.DatabaseFiles;
import cn.banan.hrdesk.store.DatabaseInUseException;
import cn.banan.hrdesk.store.MissingDatabaseException;
import cn.banan.hrdesk.store.StoreException;
import cn.banan.hrdesk.store.StoreFailure;
import cn.banan.hrdesk.xlsx.RefusedFileException;
import cn.banan.hrdesk.xlsx.UnreadableWorkbookException;
import cn.banan.hrdesk.demo.DemoData;
import cn.banan.hrdesk.core.ValidationException;
import java.io.IOException;
import java.util.concurrent.CancellationException;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Words for a person (a dialog, or stderr) for what went wrong; the stack trace goes to the log only. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /** Whether the user's input was at fault (exit status 1), rather than the program or the machine (3). */
    public static boolean isInputProblem(Throwable e) {
        return e instanceof UnreadableWorkbookException || e instanceof ValidationException || e instanceof NoSuchFileException
                || e instanceof MissingDatabaseException || e instanceof DatabaseFiles.OutputIsTheDatabaseException
                || e instanceof DemoData.DatabaseNotEmptyException || e instanceof cn.banan.hrdesk.store.NewerDatabaseException
                || e instanceof cn.banan.hrdesk.store.BadBackupException;
    }

    public static String describe(Throwable e, Texts texts) {
        if (e instanceof cn.banan.hrdesk.security.AccessDeniedException denied) {
            return texts.get(denied.key(), denied.args());
        }
        if (e instanceof java.io.UncheckedIOException unchecked) {
            return describe(unchecked.getCause(), texts);
        }
        if (e instanceof CancellationException) {
            return texts.get("error.cancelled");
        }
        if (e instanceof DemoData.DatabaseNotEmptyException) {
            return texts.get("demo.notEmpty");
        }
        if (e instanceof ValidationException v) {
            return String.join("\n", v.problems().stream().map(p -> texts.get(p.key(), p.args().toArray())).toList());
        }
        if (StoreFailure.of(e) == StoreFailure.BUSY) {
            return texts.get("error.databaseBusy");
        }
        if (StoreFailure.of(e) == StoreFailure.DISK_FULL) {
            return texts.get("error.diskFull");
        }
        if (e instanceof DatabaseInUseException inUse) {
            return texts.get("error.databaseInUse", inUse.file());
        }
        if (e instanceof RefusedFileException refused) {
            return texts.get(refused.key(), refused.messageArgs());
        }
        if (e instanceof UnreadableWorkbookException bad && bad.getCause() instanceof java.io.FileNotFoundException) {
            return texts.get("error.noSuchFile", bad.file());
        }
        if (e instanceof UnreadableWorkbookException bad) {
            return texts.get("error.unreadableFile", bad.file());
        }
        if (e instanceof NoSuchFileException nf) {
            return texts.get("error.noSuchFile", nf.getFile());
        }
        if (e instanceof AccessDeniedException ad) {
            return texts.get("error.accessDenied", ad.getFile());
        }
        if (e instanceof IOException io) {
            return texts.get("error.io", io.getMessage());
        }
        if (e instanceof DatabaseFiles.OutputIsTheDatabaseException over) {
            return texts.get("error.outputIsTheDatabase", over.output(), over.database());
        }
        if (e instanceof cn.banan.hrdesk.store.BadBackupException bad) {
            return texts.get(bad.reason(), bad.file());
        }
        if (e instanceof cn.banan.hrdesk.store.NewerDatabaseException newer) {
            return texts.get("error.newerDatabase", newer.file(), newer.fileVersion(), newer.programVersion());
        }
        if (e instanceof MissingDatabaseException missing) {
            return texts.get("error.noDatabase", missing.file());
        }
        if (e instanceof StoreException) {
            // its message is English for the log; the person is told what it means for them
            return texts.get("error.store");
        }
        return texts.get("error.unexpected");
    }
}
