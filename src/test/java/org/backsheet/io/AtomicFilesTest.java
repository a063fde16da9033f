package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String[] listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    /**
     * Puts "old" in {@code target}, runs {@code write}, which must fail, and checks that {@code target} still holds
     * "old" with nothing left beside it. Returns the failure for the caller's checks.
     */
    private AbstractThrowableAssert<?, ? extends Throwable> failsKeepingTheOldFile(Path target, ThrowingCallable write)
            throws IOException {
        Files.writeString(target, "old");
        AbstractThrowableAssert<?, ? extends Throwable> failure = assertThatThrownBy(write);
        assertThat(target).hasContent("old");
        assertThat(listing()).containsExactly(target.getFileName().toString());
        return failure;
    }

    @Test
    void writesANewFile() throws Exception {
        Path target = dir.resolve("a.txt");
        AtomicFiles.write(target, out -> out.write(utf8("hello")));
        assertThat(target).hasContent("hello");
        assertThat(listing()).containsExactly("a.txt");
    }

    @Test
    void aWriterThatFailsHalfWayLeavesTheOldFileAndNoTempFile() throws Exception {
        Path target = dir.resolve("sheet.backsheet.json");
        failsKeepingTheOldFile(
                        target,
                        () -> AtomicFiles.write(target, out -> {
                            out.write(utf8("new half"));
                            throw new IOException("disk went away");
                        }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("sheet.backsheet.json")
                .hasMessageContaining("disk went away");
    }

    @Test
    void aRuntimeFailureAlsoCleansUp() throws Exception {
        Path target = dir.resolve("x.pdf");
        failsKeepingTheOldFile(
                        target,
                        () -> AtomicFiles.write(target, out -> {
                            out.write(1);
                            throw new IllegalStateException("renderer bug");
                        }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keepsThePreviousVersionAsBak() throws Exception {
        Path target = dir.resolve("s.backsheet.json");
        AtomicFiles.writeKeepingBackup(target, out -> out.write(utf8("one")));
        assertThat(listing()).containsExactly("s.backsheet.json");
        AtomicFiles.writeKeepingBackup(target, out -> out.write(utf8("two")));
        AtomicFiles.writeKeepingBackup(target, out -> out.write(utf8("three")));
        assertThat(target).hasContent("three");
        assertThat(dir.resolve("s.backsheet.json.bak")).hasContent("two");
        assertThat(listing()).containsExactly("s.backsheet.json", "s.backsheet.json.bak");
    }

    @Test
    void aMissingFolderIsAnIOExceptionNamingTheFile() {
        Path target = dir.resolve("no-such-folder").resolve("out.pdf");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("out.pdf")
                .hasMessageContaining("folder does not exist");
    }

    @Test
    void aFullDiskIsSaidInPlainWordsAndTheOldFileStays() throws Exception {
        Path target = dir.resolve("s.backsheet.json");
        failsKeepingTheOldFile(
                        target,
                        () -> AtomicFiles.writeKeepingBackup(target, out -> {
                            out.write(1);
                            throw new IOException("No space left on device");
                        }))
                .isInstanceOf(IOException.class)
                .hasMessage("Could not save " + target + ": the disk is full");
    }

    @Test
    void aFolderThatIsReallyAFileGivesAMessageNamingTheTarget() throws Exception {
        Path notAFolder = dir.resolve("plain.txt");
        Files.writeString(notAFolder, "x");
        Path target = notAFolder.resolve("out.pdf");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(1)))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Could not save " + target + ": ");
    }

    @Test
    void theNewVersionKeepsTheOldFilesAccessRights() throws Exception {
        Path target = dir.resolve("private.backsheet.json");
        Files.writeString(target, "old");
        Assumptions.assumeTrue(
                target.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(target, ownerOnly);
        AtomicFiles.write(target, out -> out.write(utf8("new")));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(ownerOnly);
    }

    @Test
    void aSymbolicLinkIsNeverWrittenThrough() throws Exception {
        Path real = dir.resolve("real.backsheet.json");
        Files.writeString(real, "old");
        Path link = dir.resolve("link.backsheet.json");
        try {
            Files.createSymbolicLink(link, real.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here");
        }
        assertThatThrownBy(() -> AtomicFiles.write(link, out -> out.write(utf8("new"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("link.backsheet.json")
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> AtomicFiles.writeKeepingBackup(link, out -> out.write(utf8("new"))))
                .isInstanceOf(IOException.class);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("old");
        assertThat(Files.exists(dir.resolve("real.backsheet.json.bak"))).isFalse();
    }

    @Test
    void aReadOnlyFileIsReplacedOnlyWhenAskedTo() throws Exception {
        Path target = dir.resolve("kept.pdf");
        Files.writeString(target, "old");
        Assumptions.assumeTrue(
                target.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(utf8("new"))))
                .isInstanceOf(ReadOnlyTargetException.class)
                .hasMessageContaining("kept.pdf")
                .hasMessageContaining("read-only");
        assertThat(target).hasContent("old");

        AtomicFiles.write(target, out -> out.write(utf8("new")), AtomicFiles.ReadOnly.REPLACE);
        assertThat(target).hasContent("new");
    }

    @Test
    void tempFilesOfAKilledRunAreRemovedOnTheNextWrite() throws Exception {
        Path target = dir.resolve("out.pdf");
        long deadPid = 999_999_999L; // above any pid_max, so never a running process
        Path killed = Files.writeString(dir.resolve(".out.pdf." + deadPid + "-1a2b3c.tmp"), "half a PDF");
        Path olderNaming = Files.writeString(dir.resolve(".out.pdf.7f3e2d1c.tmp"), "half a PDF");
        Path fresh = Files.writeString(
                dir.resolve(".out.pdf." + ProcessHandle.current().pid() + "-99.tmp"), "busy");
        Path someoneElses = Files.writeString(dir.resolve(".notes.txt.swp.tmp"), "not ours");
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (Path p : new Path[] {killed, olderNaming, someoneElses}) {
            Files.setLastModifiedTime(p, twoHoursAgo);
        }

        AtomicFiles.write(target, out -> out.write(utf8("pdf")));

        assertThat(killed).doesNotExist();
        assertThat(olderNaming).doesNotExist();
        assertThat(fresh).exists();
        assertThat(someoneElses).exists();
        assertThat(target).hasContent("pdf");
    }

    @Test
    void theBackupIsWrittenWithoutLeavingATemporaryFile() throws Exception {
        Path target = dir.resolve("s.backsheet.json");
        Files.writeString(target, "first");
        AtomicFiles.writeKeepingBackup(target, out -> out.write(utf8("second")));
        assertThat(AtomicFiles.backupOf(target)).hasContent("first");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("s.backsheet.json", "s.backsheet.json.bak");
        }
    }

    @Test
    void aReadOnlyFolderIsAnIOExceptionNamingTheFileAndTheOldFileStays() throws Exception {
        Path target = dir.resolve("s.backsheet.json");
        Files.writeString(target, "old");
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        try {
            Assumptions.assumeFalse(Files.isWritable(dir), "running as a user who may write anywhere (root)");
            assertThatThrownBy(() -> AtomicFiles.writeKeepingBackup(target, out -> out.write(utf8("new"))))
                    .isInstanceOf(IOException.class)
                    .hasMessage("Could not save " + target + ": permission denied (is the folder or the file "
                            + "read-only?)");
            assertThat(target).hasContent("old");
        } finally {
            Files.setPosixFilePermissions(dir, before);
        }
        assertThat(listing()).containsExactly("s.backsheet.json");
    }

    @Test
    void aWriterThatClosesTheStreamStillSaves() throws Exception {
        Path target = dir.resolve("out.pdf");
        AtomicFiles.write(target, out -> {
            out.write(utf8("complete"));
            out.close();
        });
        assertThat(target).hasContent("complete");
        assertThat(listing()).containsExactly("out.pdf");
    }
}
