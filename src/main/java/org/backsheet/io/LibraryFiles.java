package org.backsheet.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides which entries of a library folder may be read: ordinary files, and symbolic links that lead to an
 * ordinary file inside the same folder. A link leading out of the folder is refused without opening its
 * target, so neither its content nor its name reaches a message (it may be {@code /etc/shadow}).
 */
final class LibraryFiles {

    private final Path folder;
    private Path realFolder;

    LibraryFiles(Path folder) {
        this.folder = folder;
    }

    /** Why {@code file} (an entry of the folder) is not read, or null when it may be read. */
    String whyNotRead(Path file) {
        String kind = FileKinds.whyNotReadable(file);
        if (kind != null) {
            return kind;
        }
        if (!Files.isSymbolicLink(file)) {
            return null;
        }
        try {
            Path target = file.toRealPath();
            return target.startsWith(realFolder())
                    ? null
                    : "is a symbolic link to a file outside the exercise library folder, which is not read";
        } catch (IOException e) {
            return "is a symbolic link that cannot be followed";
        }
    }

    private Path realFolder() throws IOException {
        if (realFolder == null) {
            realFolder = folder.toRealPath();
        }
        return realFolder;
    }
}
