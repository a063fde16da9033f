package org.backsheet.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Safe saving: the new content goes to a temporary file in the same folder, is forced to the disk, and only
 * then replaces the target in one step. A failure at any point (full disk, read-only folder, a crash) leaves
 * the old file exactly as it was.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Replaces {@code target} with what {@code writer} writes, all or nothing. */
    public static void write(Path target, IOWriter writer) throws IOException {
        write(target, writer, false);
    }

    /** Like {@link #write}, and first keeps the previous target (if any) as {@code target + ".bak"}. */
    public static void writeKeepingBackup(Path target, IOWriter writer) throws IOException {
        write(target, writer, true);
    }

    /** The file {@code target}'s previous version is kept as by {@link #writeKeepingBackup}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    private static void write(Path requested, IOWriter writer, boolean keepBackup) throws IOException {
        Path target = followLink(requested.toAbsolutePath());
        Path folder = target.getParent();
        Path temp = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                writer.write(new KeepOpen(out));
                out.flush();
                channel.force(true);
            }
            keepPermissions(target, temp);
            if (keepBackup && Files.isRegularFile(target)) {
                Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            move(temp, target);
            forceFolder(folder);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            if (e instanceof IOException io) {
                throw explain(requested, io);
            }
            throw e;
        }
    }

    /** The new version gets the old file's access rights (a file private to its owner stays private). */
    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.isRegularFile(target)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system, or rights we may not copy: the default rights are fine.
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Saving through a symbolic link replaces the file it points to, not the link. */
    private static Path followLink(Path target) throws IOException {
        Path p = target;
        for (int hops = 0; hops < 20 && Files.isSymbolicLink(p); hops++) {
            Path link = Files.readSymbolicLink(p);
            p = p.resolveSibling(link).normalize();
        }
        return p;
    }

    /** Makes the rename itself durable; not every system can open a folder, which is harmless. */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open folders this way; the file content itself is already on disk.
        }
    }

    /** An exception whose message names the file and says in plain words what went wrong. */
    static IOException explain(Path target, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied (is the folder or the file read-only?)";
        } else if (e instanceof NoSuchFileException) {
            reason = "the folder does not exist";
        } else if (isDiskFull(e)) {
            reason = "the disk is full";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            reason = fse.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new IOException("Could not save " + target + ": " + reason, e);
    }

    private static boolean isDiskFull(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.toLowerCase(Locale.ROOT).contains("no space left")
                    || m.toLowerCase(Locale.ROOT).contains("not enough space")
                    || m.toLowerCase(Locale.ROOT).contains("disk full"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stream handed to a writer: closing it does nothing, because the content must still be forced to the
     * disk afterwards (some libraries close the stream they were given when they finish).
     */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
