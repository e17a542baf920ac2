/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a file so that a reader sees either the old content or the complete new one, never a part:
 * the bytes go to a temporary file in the same directory, which is synced and then moved into place
 * (an atomic rename where the file system supports it). If anything fails on the way, the temporary
 * file is removed and an existing file is left exactly as it was.
 *
 * <p>A target that exists but is not a regular file (a device such as {@code /dev/stdout}, a named
 * pipe) is written directly: it cannot be replaced, only written to. A symbolic link is followed,
 * so the file it points to is replaced, not the link.
 */
final class AtomicFile {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * Writes the file.
     *
     * @param target the file to write
     * @param content what to write
     * @param replace whether an existing file is replaced; if not, an existing file is an error
     * @throws FileAlreadyExistsException if the file exists and {@code replace} is false
     * @throws IOException if the file cannot be written; the old file, if any, is unchanged
     */
    static void write(Path target, Content content, boolean replace) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target;
        if (Files.exists(file)) {
            if (!replace) {
                throw new FileAlreadyExistsException(target.toString());
            }
            if (!Files.isRegularFile(file) && !Files.isDirectory(file)) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    content.writeTo(out);
                }
                return;
            }
        }
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null) {
            throw new FileSystemException(target.toString(), null, "not a file name");
        }
        Path temp = temporary(directory, String.valueOf(absolute.getFileName()));
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(file)) {
                keepPermissions(file, temp);
            }
            if (replace) {
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                Files.move(temp, file); // fails if the file appeared meanwhile
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A new, empty file beside the target, created with the default permissions (umask applies). */
    private static Path temporary(Path directory, String name) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            Path temp = directory.resolve("." + name + "." + pid + "." + COUNTER.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or not ours to change: the default permissions stay
        }
    }
}
