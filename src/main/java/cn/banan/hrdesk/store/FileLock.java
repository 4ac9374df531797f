package cn.banan.hrdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS lock on {@code <db>.lock}, held while the program has the database open. SQLite alone would let
 * two instances interleave writes; this makes the second one stop at the door and say why.
 */
final class FileLock implements AutoCloseable {
    private final FileChannel channel;
    private final java.nio.channels.FileLock lock;

    private FileLock(FileChannel channel, java.nio.channels.FileLock lock) {
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
            return new FileLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new DatabaseInUseException(database);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock " + lockFile, e);
        }
    }

    @Override
    public void close() {
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
