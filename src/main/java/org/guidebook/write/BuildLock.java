package org.guidebook.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.guidebook.problem.AuthorErrors;

/**
 * One build at a time per output folder. Two builds into the same folder would share its staging folder
 * and delete each other's files; the second build to start gets one line and exit 1 instead. The lock is
 * an operating-system lock ({@link FileChannel#tryLock}) on {@code .<folder>.lock} next to the output
 * folder (beside the staging folder): the OS releases it when the process ends in any way, SIGKILL
 * included, so a crashed build never leaves a stale lock. The empty file itself stays; deleting it on
 * release would let a third build lock a new file while a second still holds the old one.
 */
public final class BuildLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of the output folder {@code target}. */
    public static Path lockFile(Path target) {
        Path dir = target.toAbsolutePath().normalize();
        return dir.resolveSibling("." + dir.getFileName() + ".lock");
    }

    /** Takes the lock of {@code target}, or throws {@link AuthorErrors} when another build holds it. */
    public static BuildLock acquire(Path target) {
        Path dir = target.toAbsolutePath().normalize();
        Path file = lockFile(dir);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another build in this JVM (tests run builds in-process)
            }
            if (lock == null) {
                channel.close();
                throw AuthorErrors.single(dir.toString(), 0, "another Guidebook build is writing this folder right now"
                        + " — wait for it to finish, or build into another folder with --out");
            }
            return new BuildLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw OutputFailure.of(dir, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
