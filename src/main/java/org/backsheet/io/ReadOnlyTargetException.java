package org.backsheet.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The file to replace is marked read-only. Someone protected it on purpose, so it is replaced only when the
 * user says so: the editor asks, the command line needs {@code --overwrite-read-only}.
 */
public final class ReadOnlyTargetException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path target;

    public ReadOnlyTargetException(Path target) {
        super(AtomicFiles.SAVE_FAILED + target + ": the file is read-only");
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
