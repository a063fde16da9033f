package org.backsheet.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a path really is before BackSheet reads or replaces it. Only ordinary files are read (a named pipe
 * would block reading forever, a device never ends) and only ordinary files or new names are written (a
 * symbolic link would send the write elsewhere, a device or pipe would be replaced by a file).
 */
public final class FileKinds {

    /** More hops than any sane chain of links; beyond this the chain is treated as a loop. */
    private static final int MAX_LINK_HOPS = 40;

    private FileKinds() {}

    /**
     * Why {@code file} cannot be read as an input file, in words for after "FILE: ", or null when it is an
     * ordinary file (reached directly or through links).
     */
    public static String whyNotReadable(Path file) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return "no such file";
        } catch (IOException e) {
            return cannotLookAt(e);
        }
        if (own.isSymbolicLink()) {
            String broken = brokenLink(file);
            if (broken != null) {
                return broken;
            }
        }
        BasicFileAttributes target;
        try {
            target = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return cannotLookAt(e);
        }
        if (target.isDirectory()) {
            return "is a folder, not a file";
        }
        if (!target.isRegularFile()) {
            return "is not an ordinary file (a pipe, a device or a socket); BackSheet reads only ordinary files";
        }
        return null;
    }

    /**
     * Why {@code target} must not be replaced by a write, or null when it is absent or an ordinary file. A
     * symbolic link is refused even when it leads to an ordinary file: writing through it would change a
     * file somewhere else than the user chose.
     */
    public static String whyNotWritable(Path target) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return cannotLookAt(e);
        }
        if (own.isSymbolicLink()) {
            return "it is a symbolic link; BackSheet does not write through links (remove the link or choose "
                    + "another name)";
        }
        if (own.isDirectory()) {
            return "it is a folder";
        }
        if (!own.isRegularFile()) {
            return "it is not an ordinary file (a pipe, a device or a socket); BackSheet writes only ordinary "
                    + "files or new names";
        }
        return null;
    }

    /** The reason a link cannot be followed (a loop, or its target is missing), or null when it can. */
    static String brokenLink(Path link) {
        Set<Path> seen = new HashSet<>();
        Path p = link.toAbsolutePath().normalize();
        try {
            for (int hops = 0; hops < MAX_LINK_HOPS; hops++) {
                if (!seen.add(p)) {
                    return "is a symbolic link that leads back to itself (a loop)";
                }
                if (!Files.isSymbolicLink(p)) {
                    return Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                            ? null
                            : "is a symbolic link to a file that does not exist";
                }
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            }
        } catch (IOException e) {
            return cannotLookAt(e);
        }
        return "is a symbolic link that leads back to itself (a loop)";
    }

    private static String cannotLookAt(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied (the file or its folder may not be opened)";
        }
        String reason =
                e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("too many levels")) {
            return "is a symbolic link that leads back to itself (a loop)";
        }
        return "cannot be read: " + (reason == null ? e.getClass().getSimpleName() : reason);
    }
}
