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
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;

/**
 * Safe saving: the new content goes to a temporary file in the same folder, is forced to the disk, and only
 * then replaces the target in one step. A failure at any point (full disk, read-only folder, a crash) leaves
 * the old file exactly as it was. Only an ordinary file or a new name is ever replaced (never a symbolic link,
 * a device or a pipe), a read-only file only when asked to, and temporary files that a killed run left behind
 * are removed the next time the same file is written.
 */
public final class AtomicFiles {

    /** How every message about a failed save starts; the command line strips it where it names the file. */
    public static final String SAVE_FAILED = "Could not save ";

    private AtomicFiles() {}

    /** What to do when the file to replace is marked read-only. */
    public enum ReadOnly {
        /** Refuse with a {@link ReadOnlyTargetException}: someone protected the file on purpose. */
        REFUSE,
        /** Replace it anyway; the user was asked, or said so on the command line. */
        REPLACE
    }

    /** Replaces {@code target} with what {@code writer} writes, all or nothing; refuses a read-only target. */
    public static void write(Path target, IOWriter writer) throws IOException {
        write(target, writer, false, ReadOnly.REFUSE);
    }

    /** Like {@link #write(Path, IOWriter)}, with the choice for a read-only target. */
    public static void write(Path target, IOWriter writer, ReadOnly readOnly) throws IOException {
        write(target, writer, false, readOnly);
    }

    /** Like {@link #write}, and first keeps the previous target (if any) as {@code target + ".bak"}. */
    public static void writeKeepingBackup(Path target, IOWriter writer) throws IOException {
        write(target, writer, true, ReadOnly.REFUSE);
    }

    /** Like {@link #writeKeepingBackup(Path, IOWriter)}, with the choice for a read-only target. */
    public static void writeKeepingBackup(Path target, IOWriter writer, ReadOnly readOnly) throws IOException {
        write(target, writer, true, readOnly);
    }

    /** The file {@code target}'s previous version is kept as by {@link #writeKeepingBackup}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /**
     * Refuses, before any work is done, a target that must not be replaced: a symbolic link (the write would
     * land elsewhere), a device, a pipe or a folder, and, unless {@code readOnly} says to replace it, a file
     * marked read-only.
     */
    public static void checkTarget(Path target, ReadOnly readOnly) throws IOException {
        String why = FileKinds.whyNotWritable(target);
        if (why != null) {
            throw new IOException(SAVE_FAILED + target + ": " + why);
        }
        if (readOnly == ReadOnly.REFUSE && isMarkedReadOnly(target)) {
            throw new ReadOnlyTargetException(target);
        }
    }

    private static void write(Path requested, IOWriter writer, boolean keepBackup, ReadOnly readOnly)
            throws IOException {
        Path target = requested.toAbsolutePath();
        checkTarget(target, readOnly);
        Path folder = target.getParent();
        StaleTemps.clean(folder, target.getFileName().toString());
        Path temp = StaleTemps.newName(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                writer.write(new KeepOpen(out));
                out.flush();
                channel.force(true);
            }
            keepPermissions(target, temp);
            if (keepBackup && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                keepBackup(target);
            }
            // Checked again just before the switch: the target may have become a link while we rendered.
            checkTarget(target, readOnly);
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

    /**
     * Copies the current target to its {@code .bak} the same safe way (temporary copy, forced, then one
     * rename), so a crash never leaves a truncated backup. A link or device under the backup's name is
     * refused like any other target.
     */
    private static void keepBackup(Path target) throws IOException {
        Path backup = backupOf(target);
        String why = FileKinds.whyNotWritable(backup);
        if (why != null) {
            throw new IOException(SAVE_FAILED + backup + ": " + why);
        }
        StaleTemps.clean(backup.getParent(), backup.getFileName().toString());
        Path temp = StaleTemps.newName(backup);
        try {
            Files.copy(target, temp, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(temp, backup);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** True when the file exists and its owner may not write it (chmod 444, or the read-only flag). */
    public static boolean isMarkedReadOnly(Path target) {
        try {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            try {
                return !Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
                        .contains(PosixFilePermission.OWNER_WRITE);
            } catch (UnsupportedOperationException notPosix) {
                DosFileAttributes dos =
                        Files.readAttributes(target, DosFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return dos.isReadOnly();
            }
        } catch (IOException | UnsupportedOperationException e) {
            return false;
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
        if (e instanceof ReadOnlyTargetException
                || e.getMessage() != null && e.getMessage().startsWith(SAVE_FAILED)) {
            return e;
        }
        return new IOException(SAVE_FAILED + target + ": " + reason, e);
    }

    private static boolean isDiskFull(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null
                    && (m.toLowerCase(Locale.ROOT).contains("no space left")
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
