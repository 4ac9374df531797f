package cn.banan.hrdesk.backup;

import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.store.Backup;
import cn.banan.hrdesk.store.BackupFacts;
import cn.banan.hrdesk.store.LocalSettings;
import cn.banan.hrdesk.store.Restore;
import cn.banan.hrdesk.attachments.AttachmentFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jooq.DSLContext;

/**
 * 备份与恢复: a checked copy to a folder the user picks (a USB stick), named by site and time; a backup checked
 * before it is restored; and the rotating copies made when the program closes, as many kept as the administrator sets.
 */
public final class BackupService {
    static final String KEEP = "auto_backup_keep";
    static final String SHARED_FILES = "附件";
    static final int DEFAULT_KEEP = 7;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Path database;
    private final DSLContext dsl;
    private final Site site;
    private final Session session;
    private final Texts texts;
    private final Clock clock;

    public BackupService(Path database, DSLContext dsl, Site site, Session session, Texts texts, Clock clock) {
        this.database = database;
        this.dsl = dsl;
        this.site = site;
        this.session = session;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * A checked copy (without this site's private keys) in {@code folder}, and the attached files in the folder beside
     * it, named alike; returns the file written.
     */
    public Path backUpTo(Path folder) {
        session.require(Action.BACK_UP_DATA);
        Path target = folder.resolve(name(texts.get("backup.fileName", texts.label(site))));
        Backup.copy(database, target);
        AttachmentFiles.beside(database).copyInto(AttachmentFiles.beside(target));
        return target;
    }

    /**
     * After a restore from {@code backup}: its attached files that this database's folder lacks are put back, from the
     * folder beside it or, for a copy made on closing, from the folder all those copies share.
     */
    public static int restoreAttachments(Path backup, Path database) {
        AttachmentFiles live = AttachmentFiles.beside(database);
        return AttachmentFiles.beside(backup).copyInto(live) + shared(backup.toAbsolutePath().getParent()).copyInto(live);
    }

    /**
     * The attached files of every copy made on closing, kept once for all of them: files are named by content and never
     * change, so each close copies only the files added since, and a copy removed by rotation takes nothing with it.
     */
    static AttachmentFiles shared(Path copies) {
        return new AttachmentFiles(copies.resolve(SHARED_FILES));
    }

    /** What {@code file} holds, checked as a restore would check it; the database is not touched. */
    public BackupFacts check(Path file) {
        session.require(Action.RESTORE_DATA);
        return new Restore(database, clock).check(file);
    }

    public Site site() {
        return site;
    }

    public Path database() {
        return database;
    }

    /** How many copies made on closing are kept (the oldest go first). */
    public int keep() {
        return new LocalSettings(dsl).get(KEEP).map(Integer::parseInt).orElse(DEFAULT_KEEP);
    }

    public void setKeep(int copies) {
        session.require(Action.RESTORE_DATA);
        if (copies < 1 || copies > 100) {
            throw new IllegalArgumentException("keep 1 to 100 copies, not " + copies);
        }
        new LocalSettings(dsl).put(KEEP, String.valueOf(copies));
    }

    /** The copies made on closing, newest first. */
    public List<Path> automatic() {
        return new RotatingBackups(folder(), keep()).all();
    }

    /** Where the copies made on closing go: a folder beside the database, named alike in every language. */
    public Path folder() {
        return database.resolveSibling("自动备份");
    }

    /**
     * The copy made as the program closes, with the attached files added since the last; the oldest copies beyond
     * {@link #keep} are removed. Needs no one signed in.
     */
    public Path onClosing() {
        Path copy = new RotatingBackups(folder(), keep()).add(name(texts.get("backup.autoFileName", texts.label(site))), database);
        AttachmentFiles.beside(database).copyInto(shared(folder()));
        return copy;
    }

    private String name(String stem) {
        return stem + "-" + STAMP.format(LocalDateTime.now(clock)) + ".db";
    }
}
