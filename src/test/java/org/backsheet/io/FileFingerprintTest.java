package org.backsheet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.backsheet.io.FileFingerprint.DiskState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFingerprintTest {

    @TempDir
    Path folder;

    @Test
    void aFileNobodyTouchedIsUnchanged() throws Exception {
        Path file = write("a.backsheet.json", "{\"items\":[]}");
        FileFingerprint atOpen = FileFingerprint.of(file);

        assertThat(atOpen.compareWith(file)).isEqualTo(DiskState.UNCHANGED);
        assertThat(atOpen.isSafeToOverwrite(file)).isTrue();
    }

    @Test
    void anotherWriterWithTheSameSizeAndTimeIsStillNoticed() throws Exception {
        Path file = write("a.backsheet.json", "{\"title\":\"AAAA\"}");
        FileFingerprint atOpen = FileFingerprint.of(file);
        FileTime time = Files.getLastModifiedTime(file);

        // A second window saves a same-length title and the clock did not move (coarse file system times).
        Files.writeString(file, "{\"title\":\"BBBB\"}", UTF_8);
        Files.setLastModifiedTime(file, time);

        assertThat(atOpen.compareWith(file)).isEqualTo(DiskState.CHANGED);
        assertThat(atOpen.isSafeToOverwrite(file)).isFalse();
    }

    @Test
    void aLongerFileIsAChange() throws Exception {
        Path file = write("a.backsheet.json", "{}");
        FileFingerprint atOpen = FileFingerprint.of(file);

        Files.writeString(file, "{\"title\":\"x\"}", UTF_8);

        assertThat(atOpen.compareWith(file)).isEqualTo(DiskState.CHANGED);
    }

    @Test
    void touchingWithoutChangingTheContentIsNotAChange() throws Exception {
        Path file = write("a.backsheet.json", "{}");
        FileFingerprint atOpen = FileFingerprint.of(file);

        Files.setLastModifiedTime(file, FileTime.fromMillis(atOpen.lastModifiedMillis() + 60_000));

        assertThat(atOpen.compareWith(file)).isEqualTo(DiskState.UNCHANGED);
    }

    @Test
    void aDeletedFileCanBeSavedAgain() throws Exception {
        Path file = write("a.backsheet.json", "{}");
        FileFingerprint atOpen = FileFingerprint.of(file);

        Files.delete(file);

        assertThat(atOpen.compareWith(file)).isEqualTo(DiskState.DELETED);
        assertThat(atOpen.isSafeToOverwrite(file)).isTrue();
    }

    @Test
    void theFingerprintRecordsSizeAndHash() throws Exception {
        Path file = write("a.backsheet.json", "abc");

        FileFingerprint print = FileFingerprint.of(file);

        assertThat(print.size()).isEqualTo(3);
        assertThat(print.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content, UTF_8);
    }
}
