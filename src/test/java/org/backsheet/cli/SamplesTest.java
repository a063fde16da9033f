package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backsheet.render.ExportFormat;
import org.junit.jupiter.api.Test;

/** The sample sheets shipped in samples/ all validate and export, as the README promises. */
class SamplesTest extends CliTest {

    private static final Path SAMPLES = Path.of("samples");

    @Test
    void everySampleValidatesAndExports() throws IOException {
        List<Path> sheets = sampleSheets();
        assertThat(sheets).hasSizeGreaterThanOrEqualTo(4);
        CliEnvironment environment = environment();

        String[] files = sheets.stream().map(Path::toString).toArray(String[]::new);
        CliRun validated = CliRun.of(environment, concat(new String[] {"validate"}, files));
        CliRun exported = CliRun.of(environment, concat(new String[] {"export"}, files, "-d", tmp.toString()));

        assertThat(validated.exitCode()).as(validated.err()).isZero();
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.err()).as("no render warnings for the samples").isEmpty();
        for (Path sheet : sheets) {
            Path pdf = tmp.resolve(ExportFormat.PDF.fileName(sheet, "handout"));
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).as(pdf.toString()).isPositive();
            }
        }
    }

    @Test
    void everySampleHasItsPdfBesideIt() throws IOException {
        for (Path sheet : sampleSheets()) {
            assertThat(SAMPLES.resolve(ExportFormat.PDF.fileName(sheet, "handout")))
                    .isNotEmptyFile();
        }
    }

    private static List<Path> sampleSheets() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".backsheet.json"))
                    .sorted()
                    .toList();
        }
    }

    private static String[] concat(String[] head, String[] middle, String... tail) {
        return Stream.of(head, middle, tail).flatMap(Stream::of).toArray(String[]::new);
    }
}
