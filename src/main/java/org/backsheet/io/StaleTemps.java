package org.backsheet.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden temporary files a safe save writes before its final rename ({@code .NAME.PID-RANDOM.tmp}), and
 * their removal when a killed run left them behind. A temporary file is only removed when it is clearly
 * abandoned: the process that made it is no longer running here and it has not changed for a minute, or it
 * is an hour old (a file from another computer on a shared drive, whose process cannot be checked).
 */
final class StaleTemps {

    private static final Duration DEAD_WRITER_AGE = Duration.ofMinutes(1);
    private static final Duration ANY_WRITER_AGE = Duration.ofHours(1);
    /** The part between the target's name and ".tmp": an optional process id and a random number in hex. */
    private static final Pattern MIDDLE = Pattern.compile("(?:(\\d{1,10})-)?[0-9a-f]{1,16}");

    private StaleTemps() {}

    /** A fresh, unused name for the temporary file of {@code target}, in the same folder. */
    static Path newName(Path target) {
        return target.resolveSibling(
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                        + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
    }

    /** Removes the abandoned temporary files of {@code targetName} in {@code folder}; never fails. */
    static int clean(Path folder, String targetName) {
        String prefix = "." + targetName + ".";
        return cleanMatching(folder, name -> name.startsWith(prefix) ? name.substring(prefix.length()) : null);
    }

    /** Removes every abandoned temporary file of a safe save in {@code folder}; never fails. */
    static int cleanAll(Path folder) {
        return cleanMatching(folder, name -> {
            int dot = name.lastIndexOf('.', name.length() - ".tmp".length() - 1);
            return name.startsWith(".") && dot > 0 ? name.substring(dot + 1) : null;
        });
    }

    private static int cleanMatching(Path folder, UnaryOperator<String> tail) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path file : files) {
                String rest = tail.apply(file.getFileName().toString());
                if (rest == null) {
                    continue;
                }
                Matcher m = MIDDLE.matcher(rest.substring(0, rest.length() - ".tmp".length()));
                if (m.matches() && abandoned(file, m.group(1)) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy: a folder that cannot be listed must not stop the save itself.
        }
        return removed;
    }

    private static boolean abandoned(Path file, String pid) throws IOException {
        BasicFileAttributes attributes =
                Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            return false;
        }
        Duration age = Duration.between(attributes.lastModifiedTime().toInstant(), Instant.now());
        if (age.compareTo(ANY_WRITER_AGE) > 0) {
            return true;
        }
        return pid != null && !running(Long.parseLong(pid)) && age.compareTo(DEAD_WRITER_AGE) > 0;
    }

    private static boolean running(long pid) {
        return pid == ProcessHandle.current().pid()
                || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
