package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backsheet.model.Clinic;
import org.backsheet.model.Sheet;
import org.backsheet.render.ExportFormat;
import org.backsheet.render.HandoutWriter;
import org.backsheet.render.RenderResult;
import org.backsheet.testdata.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutExportTest {

    @TempDir
    Path folder;

    /** A PDF export whose writer writes half a file and then fails, or writes a small file. */
    private static HandoutExport export(boolean fail) {
        return new HandoutExport(maker(fail), ExportFormat.PDF);
    }

    private static HandoutMaker maker(boolean fail) {
        return new HandoutMaker() {
            @Override
            public PDDocument document(Sheet sheet) {
                throw new UnsupportedOperationException();
            }

            @Override
            public HandoutWriter writer(ExportFormat format) {
                return (sheet, out) -> {
                    out.write("%PDF-1.7 half".getBytes(StandardCharsets.US_ASCII));
                    if (fail) {
                        throw new IOException("disk full");
                    }
                    return new RenderResult(2, List.of());
                };
            }
        };
    }

    @Test
    void writesTheFileAndReportsItsPages() throws Exception {
        Path target = folder.resolve("out.pdf");
        assertThat(export(false).export(Sheet.empty(), target, () -> false)).isEqualTo(2);
        assertThat(Files.readString(target)).startsWith("%PDF");
    }

    @Test
    void aReadOnlyPdfIsReplacedOnlyWhenTheUserAgreed() throws Exception {
        Path target = folder.resolve("kept.pdf");
        Files.writeString(target, "protected");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        assertThat(HandoutExport.isReadOnly(target)).isTrue();

        assertThatThrownBy(() -> export(false).export(Sheet.empty(), target, () -> false))
                .hasMessageContaining("kept.pdf")
                .hasMessageContaining("read-only");
        assertThat(Files.readString(target)).isEqualTo("protected");

        assertThat(export(false).export(Sheet.empty(), target, () -> false, true))
                .isEqualTo(2);
        assertThat(Files.readString(target)).startsWith("%PDF");
    }

    @Test
    void aFailedExportLeavesTheOldFileAndNoLeftovers() throws Exception {
        Path target = folder.resolve("out.pdf");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> export(true).export(Sheet.empty(), target, () -> false))
                .hasMessageContaining("out.pdf");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(namesIn(folder)).containsExactly("out.pdf");
    }

    @Test
    void aCancelledExportWritesNothing() throws Exception {
        Path target = folder.resolve("new.pdf");
        assertThatThrownBy(() -> export(false).export(Sheet.empty(), target, () -> true))
                .isInstanceOf(IOException.class);
        assertThat(namesIn(folder)).isEmpty();
    }

    @Test
    void everyFormatIsOfferedPdfFirstAndNamedAsOnTheCommandLine() {
        List<HandoutExport> all = HandoutExport.all(maker(false));
        assertThat(all)
                .extracting(HandoutExport::key)
                .containsExactly(
                        Stream.of(ExportFormat.values()).map(ExportFormat::key).toArray(String[]::new));
        assertThat(all.get(0).key()).isEqualTo("pdf");
        assertThat(all.get(0).fileName(Path.of("/x/Knee.BACKSHEET.JSON"), "sheet"))
                .isEqualTo(ExportFormat.PDF.fileName(Path.of("Knee.BACKSHEET.JSON"), "sheet"))
                .isEqualTo("Knee.pdf");
    }

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void theDoneMessageSaysWhenTheSafetyBoxHasNoEmergencyNumber() {
        EditorTexts texts = new EditorTexts(Locale.ENGLISH);
        Path target = Path.of("handout.pdf");
        Sheet without = Sheets.sheet().build();
        Sheet with = without.withClinic(Clinic.builder().emergencyNumber("112").build());
        assertThat(HandoutExport.doneMessage(texts, with, target, 3)).isEqualTo("Exported handout.pdf (3 pages)");
        assertThat(HandoutExport.doneMessage(texts, without, target, 3))
                .startsWith("Exported handout.pdf (3 pages) ")
                .contains("No emergency number", "Emergency number", "Clinic Profile");
        Sheet blank = without.withClinic(Clinic.builder().emergencyNumber("  ").build());
        assertThat(HandoutExport.doneMessage(texts, blank, target, 1)).contains("No emergency number");
    }
}
