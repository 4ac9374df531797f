package cn.banan.hrdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS lock on {@code <db>.lock}, held while the program has the database open. SQLite alone would let
 * two instances interleave writes; this makes the second one stop at the door and say why.
 */
final class FileLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final java.nio.channels.FileLock lock;

    private FileLock(Path file, FileChannel channel, java.nio.channels.FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static FileLock acquire(Path database) {
        Path lockFile = database.resolveSibling(database.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new DatabaseInUseException(database);
            }
            return new FileLock(lockFile, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new DatabaseInUseException(database);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock " + lockFile, e);
        }
    }

    /** Releases the lock and removes the file, so a closed database leaves nothing beside it. */
    @Override
    public void close() {
        try {
            // removed while still held, so no other instance can be holding it; where the system keeps an open
            // file (Windows), it stays and is simply taken again next time
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an empty file left behind does no harm
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it anyway
        }
        closeQuietly(channel);
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
