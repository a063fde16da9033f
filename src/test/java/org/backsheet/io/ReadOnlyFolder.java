package org.backsheet.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a folder nobody can create files in, for tests. Folder permissions are enough for a normal user, but
 * root (as on CI) ignores them, so there the folder is also marked immutable with {@code chattr +i}.
 */
final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private boolean immutable;

    private ReadOnlyFolder(Path folder) {
        this.folder = folder;
    }

    /** Makes {@code folder} read-only, or skips the calling test where this machine cannot. */
    static ReadOnlyFolder of(Path folder) throws IOException, InterruptedException {
        ReadOnlyFolder readOnly = new ReadOnlyFolder(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (canCreateFileIn(folder)) {
            readOnly.immutable = run("chattr", "+i", folder.toString());
        }
        Assumptions.assumeFalse(canCreateFileIn(folder), "cannot make a folder read-only on this machine");
        return readOnly;
    }

    @Override
    public void close() throws IOException {
        if (immutable) {
            try {
                run("chattr", "-i", folder.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static boolean canCreateFileIn(Path folder) {
        Path probe = folder.resolve(".probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException noSuchTool) {
            return false;
        }
    }
}
