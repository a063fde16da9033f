package org.backsheet.editor;

import java.io.IOException;
import java.nio.file.Path;
import org.backsheet.io.FileFingerprint;

/**
 * What the sheet's file looked like when this window opened or last saved it, so that Save can notice that
 * another program, or BackSheet in another window, changed the file since, and ask before overwriting.
 */
final class DiskChangeGuard {

    /** For a sheet without a file: nothing to protect. */
    static final DiskChangeGuard NONE = new DiskChangeGuard(null, null);

    private final Path file;
    private final FileFingerprint fingerprint;

    private DiskChangeGuard(Path file, FileFingerprint fingerprint) {
        this.file = file;
        this.fingerprint = fingerprint;
    }

    /**
     * {@code path} as it is now. Take it before reading a file (a change made while reading then shows up as a
     * change, never the other way round) and right after saving it.
     */
    static DiskChangeGuard of(Path path) {
        try {
            return new DiskChangeGuard(path, FileFingerprint.of(path));
        } catch (IOException unreadable) {
            return NONE;
        }
    }

    /** True when saving to {@code path} would overwrite changes someone else made to it since. */
    boolean changedOnDisk(Path path) {
        if (fingerprint == null || !path.equals(file)) {
            return false;
        }
        try {
            return !fingerprint.isSafeToOverwrite(path);
        } catch (IOException unreadable) {
            // Cannot tell: the save itself reports whatever is wrong with the file.
            return false;
        }
    }
}
