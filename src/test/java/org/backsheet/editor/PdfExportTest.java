package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backsheet.model.Sheet;
import org.backsheet.render.RenderResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExportTest {

    @TempDir
    Path folder;

    /** Writes half a file and then fails, or writes a small file. */
    private static HandoutMaker maker(boolean fail) {
        return new HandoutMaker() {
            @Override
            public PDDocument document(Sheet sheet) {
                throw new UnsupportedOperationException();
            }

            @Override
            public RenderResult write(Sheet sheet, OutputStream out) throws IOException {
                out.write("%PDF-1.7 half".getBytes(StandardCharsets.US_ASCII));
                if (fail) {
                    throw new IOException("disk full");
                }
                return new RenderResult(2, List.of());
            }
        };
    }

    @Test
    void writesTheFileAndReportsItsPages() throws Exception {
        Path target = folder.resolve("out.pdf");
        assertThat(new PdfExport(maker(false)).export(Sheet.empty(), target, () -> false))
                .isEqualTo(2);
        assertThat(Files.readString(target)).startsWith("%PDF");
    }

    @Test
    void aReadOnlyPdfIsReplacedOnlyWhenTheUserAgreed() throws Exception {
        Path target = folder.resolve("kept.pdf");
        Files.writeString(target, "protected");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        assertThat(PdfExport.isReadOnly(target)).isTrue();

        assertThatThrownBy(() -> new PdfExport(maker(false)).export(Sheet.empty(), target, () -> false))
                .hasMessageContaining("kept.pdf")
                .hasMessageContaining("read-only");
        assertThat(Files.readString(target)).isEqualTo("protected");

        assertThat(new PdfExport(maker(false)).export(Sheet.empty(), target, () -> false, true))
                .isEqualTo(2);
        assertThat(Files.readString(target)).startsWith("%PDF");
    }

    @Test
    void aFailedExportLeavesTheOldFileAndNoLeftovers() throws Exception {
        Path target = folder.resolve("out.pdf");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> new PdfExport(maker(true)).export(Sheet.empty(), target, () -> false))
                .hasMessageContaining("out.pdf");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(namesIn(folder)).containsExactly("out.pdf");
    }

    @Test
    void aCancelledExportWritesNothing() throws Exception {
        Path target = folder.resolve("new.pdf");
        assertThatThrownBy(() -> new PdfExport(maker(false)).export(Sheet.empty(), target, () -> true))
                .isInstanceOf(IOException.class);
        assertThat(namesIn(folder)).isEmpty();
    }

    @Test
    void thePdfIsNamedAfterTheSheet() {
        assertThat(PdfExport.pdfNameFor(Path.of("/x/anna.backsheet.json"), "sheet"))
                .isEqualTo("anna.pdf");
        assertThat(PdfExport.pdfNameFor(Path.of("/x/Knee.BACKSHEET.JSON"), "sheet"))
                .as("as the command line")
                .isEqualTo("Knee.pdf");
        assertThat(PdfExport.pdfNameFor(null, "exercise-sheet")).isEqualTo("exercise-sheet.pdf");
    }

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
