package cn.banan.hrdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * An OS lock on {@code <db>.lock}, held while the program has the database open. SQLite alone would let
 * two instances interleave writes; this makes the second one stop at the door and say why. The lock belongs to the
 * file, not to the path it was opened by: beside the file's real path (a symbolic link or a {@code ..} leads to the
 * same lock) and, where the system names files by device and inode, a second one named by them in the temporary
 * folder, so a hard link under another name meets it too.
 */
final class FileLock implements AutoCloseable {
    private static final String TEMPORARY_FOLDER = "java.io.tmpdir";
    private final List<Held> held;

    private record Held(Path file, FileChannel channel, java.nio.channels.FileLock lock) {
    }

    private FileLock(List<Held> held) {
        this.held = held;
    }

    static FileLock acquire(Path database) {
        List<Held> held = new ArrayList<>();
        try {
            if (!Files.exists(database)) {
                // SQLite takes an empty file for a new database; made now, it has the identity the lock is named by
                Files.createFile(database);
            }
            Path real = database.toRealPath();
            held.add(take(database, real.resolveSibling(real.getFileName() + ".lock")));
            Object key = Files.readAttributes(real, BasicFileAttributes.class).fileKey();
            if (key != null) {
                held.add(take(database, Path.of(System.getProperty(TEMPORARY_FOLDER), "hrdesk-" + key.toString().replaceAll("[^A-Za-z0-9]+", "-") + ".lock")));
            }
            return new FileLock(held);
        } catch (IOException e) {
            held.forEach(FileLock::release);
            throw new StoreException("cannot lock " + database, e);
        } catch (RuntimeException e) {
            held.forEach(FileLock::release);
            throw e;
        }
    }

    private static Held take(Path database, Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new DatabaseInUseException(database);
            }
            return new Held(lockFile, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new DatabaseInUseException(database);
        }
    }

    /** Releases the locks and removes their files, so a closed database leaves nothing beside it. */
    @Override
    public void close() {
        held.forEach(FileLock::release);
    }

    private static void release(Held h) {
        try {
            // removed while still held, so no other instance can be holding it; where the system keeps an open
            // file (Windows), it stays and is simply taken again next time
            Files.deleteIfExists(h.file());
        } catch (IOException ignored) {
            // an empty file left behind does no harm
        }
        try {
            h.lock().release();
        } catch (IOException ignored) {
            // closing the channel below releases it anyway
        }
        closeQuietly(h.channel());
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
