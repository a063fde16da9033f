package org.backsheet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that fails half way, for whatever reason, leaves the old file as it was and no litter behind. */
class SafeSaveTest {

    private static final String OLD = "{\"format\":\"backsheet/sheet\",\"version\":1,\"items\":[]}";

    @TempDir
    Path folder;

    @Test
    void aWriterThatThrowsHalfWayLeavesTheOldFileIntact() throws Exception {
        Path sheet = existingFile("anna.backsheet.json");

        assertThatThrownBy(() -> AtomicFiles.write(sheet, out -> {
                    out.write("{\"format\":\"backsheet/sheet\",\"title\":\"half of the new".getBytes(UTF_8));
                    throw new IllegalStateException("the program broke while writing");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(sheet, UTF_8)).isEqualTo(OLD);
        assertThat(filesIn(folder)).containsExactly("anna.backsheet.json");
    }

    @Test
    void aFullDiskLeavesTheOldFileIntactAndSaysSo() throws Exception {
        Path sheet = existingFile("anna.backsheet.json");

        assertThatThrownBy(() -> AtomicFiles.write(sheet, out -> {
                    OutputStream disk = new DiskThatFillsUp(out, 4096);
                    for (int i = 0; i < 10_000; i++) {
                        disk.write("{\"exercise\":\"pelvic-tilt\",\"reps\":10},\n".getBytes(UTF_8));
                    }
                }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("anna.backsheet.json")
                .hasMessageContaining("disk is full");

        assertThat(Files.readString(sheet, UTF_8)).isEqualTo(OLD);
        assertThat(filesIn(folder)).containsExactly("anna.backsheet.json");
    }

    @Test
    void aFullDiskWhileKeepingABackupLeavesBothIntact() throws Exception {
        Path sheet = existingFile("anna.backsheet.json");
        AtomicFiles.writeKeepingBackup(sheet, out -> out.write("{\"second\":true}".getBytes(UTF_8)));

        assertThatThrownBy(() -> AtomicFiles.writeKeepingBackup(
                        sheet, out -> new DiskThatFillsUp(out, 3).write("{\"third\":true}".getBytes(UTF_8))))
                .isInstanceOf(IOException.class);

        assertThat(Files.readString(sheet, UTF_8)).isEqualTo("{\"second\":true}");
        assertThat(Files.readString(AtomicFiles.backupOf(sheet), UTF_8)).isEqualTo(OLD);
        assertThat(filesIn(folder)).containsExactlyInAnyOrder("anna.backsheet.json", "anna.backsheet.json.bak");
    }

    @Test
    void aFullDiskOnANewFileCreatesNothing() throws Exception {
        Path sheet = folder.resolve("new.backsheet.json");

        assertThatThrownBy(() -> AtomicFiles.write(sheet, out -> new DiskThatFillsUp(out, 0).write('{')))
                .isInstanceOf(IOException.class);

        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aReadOnlyFolderGivesAMessageNamingTheFile() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Path sheet = Files.writeString(locked.resolve("anna.backsheet.json"), OLD, UTF_8);

        try (ReadOnlyFolder ignored = ReadOnlyFolder.of(locked)) {
            assertThatThrownBy(() -> AtomicFiles.write(sheet, out -> out.write("{}".getBytes(UTF_8))))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("Could not save")
                    .hasMessageContaining(sheet.toString());
            assertThat(Files.readString(sheet, UTF_8)).isEqualTo(OLD);
            assertThat(filesIn(locked)).containsExactly("anna.backsheet.json");
        }
    }

    @Test
    void savingASheetIntoAReadOnlyFolderNamesTheFile() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Path sheet = locked.resolve("anna.backsheet.json");

        try (ReadOnlyFolder ignored = ReadOnlyFolder.of(locked)) {
            assertThatThrownBy(() -> SheetFiles.save(Sheet.empty(), sheet))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(sheet.toString());
            assertThat(filesIn(locked)).isEmpty();
        }
    }

    private Path existingFile(String name) throws IOException {
        return Files.writeString(folder.resolve(name), OLD, UTF_8);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A disk with room for only so many more bytes, failing as a real full disk does. */
    private static final class DiskThatFillsUp extends FilterOutputStream {
        private long room;

        DiskThatFillsUp(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            if (room-- <= 0) {
                throw new IOException("No space left on device");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }
}
