package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The holes an adversarial run found in the command line (issue #15): each test holds the hostile input and
 * checks that it is refused with one clear line naming the file, and that nothing outside the chosen place
 * changes.
 */
class HostileFilesCliTest extends CliTest {

    private static void symlink(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here");
        }
    }

    private void mkfifo(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here");
            return;
        }
        Assumptions.assumeTrue(p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
    }

    @Test
    void aLinkPlantedInTheBatchFolderIsNotWrittenThrough() throws IOException {
        Path thesis = Files.writeString(tmp.resolve("thesis.docx"), "my thesis");
        Path out = Files.createDirectory(tmp.resolve("out"));
        symlink(out.resolve("anna.pdf"), Path.of("../thesis.docx"));
        Path anna = SheetFilesForTests.goodSheet(tmp, "anna.backsheet.json");
        Path ben = SheetFilesForTests.goodSheet(tmp, "ben.backsheet.json");

        CliRun run = badInput("export", anna.toString(), ben.toString(), "-d", out.toString());
        assertThat(run.err()).contains("anna.pdf: cannot write the handout: it is a symbolic link");
        assertThat(thesis).hasContent("my thesis");
        assertThat(Files.isSymbolicLink(out.resolve("anna.pdf"))).isTrue();
        assertThat(out.resolve("ben.pdf")).isRegularFile();
        assertThat(run.out()).contains("wrote 1 of 2 handouts");
    }

    @Test
    @Timeout(60)
    void aPipeAsOutputIsRefusedAndKept() throws Exception {
        Path fifo = tmp.resolve("fifo.pdf");
        mkfifo(fifo);
        Path sheet = SheetFilesForTests.goodSheet(tmp, "anna.backsheet.json");

        CliRun run = badInput("export", sheet.toString(), "-o", fifo.toString());
        assertThat(run.err()).contains("fifo.pdf: cannot write the handout: it is not an ordinary file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    @Timeout(60)
    void aPipeAsInputIsRefusedInsteadOfWaitingForever() throws Exception {
        Path fifo = tmp.resolve("in.backsheet.json");
        mkfifo(fifo);

        CliRun run = badInput("validate", fifo.toString());
        assertThat(run.err()).contains("in.backsheet.json: is not an ordinary file");
    }

    @Test
    void exportingOntoItsOwnInputIsRefused() throws IOException {
        Path sheet = SheetFilesForTests.goodSheet(tmp, "a.backsheet.json");
        String before = Files.readString(sheet);
        Path hardLink = tmp.resolve("other-name.pdf");
        Files.createLink(hardLink, sheet);

        CliRun sameName = run("export", sheet.toString(), "-o", sheet.toString());
        CliRun sameFile = run("export", sheet.toString(), "-o", hardLink.toString());

        assertThat(sameName.exitCode()).isEqualTo(2);
        assertThat(sameName.err()).contains("this is the sheet file itself");
        assertThat(sameFile.exitCode()).isEqualTo(2);
        assertThat(sameFile.err()).contains("other-name.pdf").contains("this is the sheet file itself");
        assertThat(sheet).hasContent(before);
    }

    @Test
    void hugeExponentsAreOutOfBoundsNamingTheField() throws IOException {
        Path tiny = SheetFilesForTests.sheet(
                tmp, "tiny.backsheet.json", "{\"exercise\": \"pelvic-tilt\", \"reps\": 1e-2147483648}");
        Path huge = SheetFilesForTests.sheet(
                tmp, "huge.backsheet.json", "{\"exercise\": \"pelvic-tilt\", \"reps\": 1e99999999999}");

        CliRun validate = run("validate", tiny.toString());
        CliRun export =
                run("export", huge.toString(), "-o", tmp.resolve("huge.pdf").toString());

        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).contains(tiny + ": items[0].reps: must be 1 to 100");
        assertThat(export.exitCode()).isEqualTo(2);
        assertThat(export.err()).contains(huge + ": items[0].reps: must be 1 to 100");
    }

    @Test
    void aBatchGoesOnPastAHugeExponent() throws IOException {
        Path bad = SheetFilesForTests.sheet(
                tmp, "bad.backsheet.json", "{\"exercise\": \"pelvic-tilt\", \"sets\": 1e-2147483648}");
        Path good = SheetFilesForTests.goodSheet(tmp, "good.backsheet.json");

        CliRun run = badInput(
                "export",
                bad.toString(),
                good.toString(),
                "-d",
                tmp.resolve("out").toString());
        assertThat(run.out()).contains("wrote 1 of 2 handouts");
    }

    @Test
    void aLibraryFileWithAHugeExponentIsSkippedNotFatal() throws IOException {
        Path library = Files.createDirectory(tmp.resolve("lib"));
        Files.writeString(
                library.resolve("x.exercise.json"),
                "{\"format\": \"backsheet/exercise\", \"version\": 1, " + "\"id\": 1e-2147483648}",
                StandardCharsets.UTF_8);
        Path sheet = SheetFilesForTests.goodSheet(tmp, "a.backsheet.json");

        CliRun run = run("validate", "--library", library.toString(), sheet.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("x.exercise.json");
    }

    @Test
    void anEmptyOutputNameAsksForAFileName() throws IOException {
        Path sheet = SheetFilesForTests.goodSheet(tmp, "a.backsheet.json");

        CliRun run = badInput("export", sheet.toString(), "-o", "");
        assertThat(run.err()).contains("-o needs a file name");
    }

    @Test
    void aSymbolicLinkLoopIsCalledOne() throws IOException {
        symlink(tmp.resolve("loop1"), Path.of("loop2"));
        symlink(tmp.resolve("loop2"), Path.of("loop1"));

        CliRun run = badInput("validate", tmp.resolve("loop1").toString());
        assertThat(run.err()).contains("loop1: is a symbolic link that leads back to itself (a loop)");
    }

    @Test
    void aReadOnlyHandoutIsKeptUnlessOverwritingIsAskedFor() throws IOException {
        Path sheet = SheetFilesForTests.goodSheet(tmp, "a.backsheet.json");
        Path pdf = Files.writeString(tmp.resolve("a.pdf"), "protected");
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("r--r--r--"));

        CliRun refused = run("export", sheet.toString(), "-o", pdf.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err())
                .contains("a.pdf: cannot write the handout: the file is read-only")
                .contains("--overwrite-read-only");
        assertThat(pdf).hasContent("protected");

        CliRun forced = run("export", sheet.toString(), "-o", pdf.toString(), "--overwrite-read-only");

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void anUnreadableLibraryFolderIsBadInputWithAReason() throws IOException {
        Path library = Files.createDirectory(tmp.resolve("lib"));
        Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(library), "root reads every folder");
            Path sheet = SheetFilesForTests.goodSheet(tmp, "a.backsheet.json");

            CliRun run = badInput("validate", "--library", library.toString(), sheet.toString());
            assertThat(run.err()).contains("cannot be read: permission denied");
        } finally {
            Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
