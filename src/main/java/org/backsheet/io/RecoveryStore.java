package org.backsheet.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.backsheet.model.RecoveredSheet;

/**
 * The folder where the editor keeps copies of unsaved sheets so that a crash, a power cut or a killed program
 * loses nothing. One file per open sheet, written atomically (a half-written copy never replaces a good one),
 * removed again when the sheet is saved normally or its changes are thrown away.
 *
 * <p>A running editor {@linkplain #claim claims} the copies it writes, so a second BackSheet started meanwhile
 * does not offer to "recover" work that is still open in the first one. The operating system drops the claim
 * when the program ends in any way, a crash or a kill included.
 */
public final class RecoveryStore {

    static final String FORMAT = "backsheet/recovery";
    static final int FORMAT_VERSION = 1;
    static final String SUFFIX = ".recovery.json";
    static final String LOCK_SUFFIX = ".lock";
    /** Editor sheet ids become file names, so they are kept to characters every file system accepts. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final Path folder;
    private final Clock clock;

    public RecoveryStore(Path folder, Clock clock) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RecoveryStore(Path folder) {
        this(folder, Clock.systemUTC());
    }

    /** The store in the user's data folder ({@link UserDataFolders#recovery()}). */
    public static RecoveryStore inUserDataFolder() {
        return new RecoveryStore(UserDataFolders.recovery());
    }

    public Path folder() {
        return folder;
    }

    /**
     * Keeps {@code sheetJson} as the copy of sheet {@code sheetId}, replacing the previous copy atomically.
     *
     * @param originalFile the file the sheet was opened from or last saved to, or null for a new sheet
     */
    public void save(String sheetId, Path originalFile, String sheetJson) throws IOException {
        Objects.requireNonNull(sheetJson, "sheetJson");
        String id = checkedId(sheetId);
        String savedAt = clock.instant().toString();
        String envelope = JsonOut.object(out -> {
            out.name("format").value(FORMAT);
            out.name("version").value(FORMAT_VERSION);
            out.name("sheetId").value(id);
            JsonOut.text(
                    out,
                    "originalFile",
                    originalFile == null ? null : originalFile.toAbsolutePath().toString());
            out.name("savedAt").value(savedAt);
            // Kept as text, not as nested JSON, so the copy restores exactly what the editor would have saved.
            out.name("sheetJson").value(sheetJson);
        });
        Files.createDirectories(folder);
        byte[] bytes = envelope.getBytes(UTF_8);
        AtomicFiles.write(copyFile(sheetId), out -> out.write(bytes));
    }

    /**
     * Claims sheet {@code sheetId} for this program, so that {@link #list()} in another running BackSheet leaves
     * its copy alone. Returns null when another program holds the claim.
     */
    public Claim claim(String sheetId) throws IOException {
        Files.createDirectories(folder);
        Path lockFile = folder.resolve(checkedId(sheetId) + LOCK_SUFFIX);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new Claim(channel, lockFile);
            }
        } catch (OverlappingFileLockException heldHere) {
            // Another window of this same program holds it.
        }
        channel.close();
        return null;
    }

    /** A running editor's hold on one sheet's copy; closing it gives the copy up to whoever lists next. */
    public static final class Claim implements AutoCloseable {
        private final FileChannel channel;
        private final Path lockFile;

        private Claim(FileChannel channel, Path lockFile) {
            this.channel = channel;
            this.lockFile = lockFile;
        }

        @Override
        public void close() throws IOException {
            release();
            Files.deleteIfExists(lockFile);
        }

        private void release() throws IOException {
            channel.close();
        }
    }

    /**
     * Every copy in the folder that no running program claims, newest first. A copy that cannot be read (another program's file, a damaged
     * disk) is skipped and left where it is, so nothing is thrown away that a person might still rescue.
     */
    public List<RecoveredSheet> list() throws IOException {
        List<RecoveredSheet> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                RecoveredSheet copy = readCopy(file);
                if (copy != null && !isClaimedElsewhere(copy.sheetId())) {
                    found.add(copy);
                }
            }
        }
        found.sort(Comparator.comparing(RecoveredSheet::savedAt).reversed());
        return found;
    }

    /** The copy of sheet {@code sheetId}, claimed or not, or null when there is none or it cannot be read. */
    public RecoveredSheet read(String sheetId) {
        Path file = copyFile(sheetId);
        return Files.isRegularFile(file) ? readCopy(file) : null;
    }

    private boolean isClaimedElsewhere(String sheetId) throws IOException {
        if (!Files.exists(folder.resolve(sheetId + LOCK_SUFFIX))) {
            return false;
        }
        Claim probe = claim(sheetId);
        if (probe == null) {
            return true;
        }
        // Nobody held it: the program that wrote the copy has ended. The lock file stays; deleting it here could
        // pull it from under a program that is opening it at this very moment.
        probe.release();
        return false;
    }

    /**
     * Deletes the copy of sheet {@code sheetId}, if there is one, and the lock file a program that ended without
     * closing normally left beside it (a lock still held, by this program or another, stays), so lock files do
     * not pile up in the folder.
     */
    public void remove(String sheetId) throws IOException {
        Files.deleteIfExists(copyFile(sheetId));
        if (Files.exists(folder.resolve(sheetId + LOCK_SUFFIX))) {
            Claim abandoned = claim(sheetId);
            if (abandoned != null) {
                abandoned.close();
            }
        }
    }

    Path copyFile(String sheetId) {
        return folder.resolve(checkedId(sheetId) + SUFFIX);
    }

    private static String checkedId(String sheetId) {
        if (sheetId == null || !SAFE_ID.matcher(sheetId).matches()) {
            throw new IllegalArgumentException("a sheet id must be 1 to 100 letters, digits, '-' or '_': " + sheetId);
        }
        return sheetId;
    }

    /** The copy in {@code file}, or null when it is not one (damaged, foreign, or half-written by a crash). */
    private static RecoveredSheet readCopy(Path file) {
        try {
            if (Files.size(file) > Limits.MAX_FILE_BYTES * 2) {
                return null;
            }
            // The same reader as sheets; the size check above replaces the sheet limit, since the envelope
            // holds a whole sheet as escaped text.
            String name = file.getFileName().toString();
            JsonNode root = JsonSyntax.parse(JsonDocument.decode(name, Files.readAllBytes(file)));
            if (!root.is(JsonNode.Kind.OBJECT)) {
                return null;
            }
            Problems problems = new Problems(name);
            JsonFields envelope = new JsonFields(root, problems);
            String format = envelope.text("format");
            String sheetId = envelope.text("sheetId");
            String original = envelope.text("originalFile");
            String savedAt = envelope.text("savedAt");
            String sheetJson = envelope.text("sheetJson");
            if (problems.hasErrors()
                    || !FORMAT.equals(format)
                    || sheetJson == null
                    || sheetId == null
                    || !SAFE_ID.matcher(sheetId).matches()) {
                return null;
            }
            return new RecoveredSheet(
                    sheetId,
                    original == null ? null : Path.of(original),
                    savedAt == null ? Files.getLastModifiedTime(file).toInstant() : Instant.parse(savedAt),
                    sheetJson);
        } catch (IOException
                | FileFormatException
                | JsonSyntaxException
                | DateTimeException
                | InvalidPathException
                | StackOverflowError unreadable) {
            return null;
        }
    }
}
