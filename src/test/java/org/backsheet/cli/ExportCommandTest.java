package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;
import org.backsheet.render.HandoutWriter;
import org.backsheet.render.RenderResult;
import org.junit.jupiter.api.Test;

/** export SHEET.json -o OUT.pdf: the handout, the exit codes, the messages, and the safety of OUT.pdf. */
class ExportCommandTest extends CliTest {

    @Test
    void writesAReadablePdfWithThePatientsName() throws IOException {
        Path sheet = SheetFilesForTests.goodSheet(tmp, "zofia.backsheet.json");
        Path pdf = tmp.resolve("zofia.pdf");

        CliRun run = run("export", sheet.toString(), "-o", pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(document)).contains("Zofia Wójcik", "Pelvic tilt");
        }
    }

    /** Exports {@code sheet} and expects bad input: exit 2, no PDF, no stack trace. Returns what stderr said. */
    private String refusedExport(Path sheet) {
        Path pdf = tmp.resolve("refused.pdf");
        CliRun run = run("export", sheet.toString(), "-o", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(pdf).doesNotExist();
        return run.err();
    }

    @Test
    void missingSheetIsBadInputNamingTheFile() {
        assertThat(refusedExport(tmp.resolve("nowhere.json")))
                .contains("nowhere.json")
                .contains("no such file");
    }

    @Test
    void valueOutOfBoundsNamesTheFileAndTheField() throws IOException {
        Path sheet = SheetFilesForTests.sheet(
                tmp,
                "bad.backsheet.json",
                "{\"exercise\": \"bridging\"}, {\"exercise\": \"pelvic-tilt\", \"reps\": 500}");
        assertThat(refusedExport(sheet).lines())
                .anySatisfy(
                        line -> assertThat(line).startsWith(sheet.toString()).contains("items[1].reps"));
    }

    @Test
    void brokenJsonIsReportedByLineAndColumn() throws IOException {
        Path sheet = SheetFilesForTests.write(
                tmp,
                "broken.json",
                "{\n  \"format\": \"backsheet/sheet\",\n  \"version\": 1,\n  \"items\": [ {\"exercise\": }\n}\n");
        assertThat(refusedExport(sheet)).containsPattern(Pattern.quote(sheet.toString()) + ":\\d+:\\d+: ");
    }

    @Test
    void unknownExerciseIdNamesTheItemAndTheId() throws IOException {
        Path sheet = SheetFilesForTests.sheet(
                tmp, "typo.backsheet.json", "{\"exercise\": \"bridging\"}, {\"exercise\": \"pelvic-tlit\"}");
        assertThat(refusedExport(sheet))
                .contains("typo.backsheet.json")
                .contains("items[1]")
                .contains("pelvic-tlit");
    }

    @Test
    void missingOutputFolderIsOneClearLineAndExitOne() throws IOException {
        Path sheet = SheetFilesForTests.goodSheet(tmp, "a.backsheet.json");
        Path pdf = tmp.resolve("not-there").resolve("a.pdf");

        CliRun run = run("export", sheet.toString(), "-o", pdf.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains(pdf.toString()).contains("does not exist");
    }

    /** The good sheet {@code a.backsheet.json} that {@link #exportWith} exports. */
    private Path sheet() {
        return tmp.resolve("a.backsheet.json");
    }

    /** Exports {@link #sheet()} to {@code a.pdf} with {@code writer} in place of the renderer. */
    private CliRun exportWith(HandoutWriter writer, String... options) throws IOException {
        return CliRun.of(environment().withWriters((c, f) -> writer), exportArgs(tmp.resolve("a.pdf"), options));
    }

    /** Exports {@link #sheet()} with the real renderer to {@code pdfName}, which must work; returns the PDF. */
    private Path exported(String pdfName, String... options) throws IOException {
        Path pdf = tmp.resolve(pdfName);
        CliRun run = run(exportArgs(pdf, options));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return pdf;
    }

    /** {@code export a.backsheet.json -o PDF OPTIONS...}, the good sheet written first. */
    private String[] exportArgs(Path pdf, String... options) throws IOException {
        SheetFilesForTests.goodSheet(tmp, "a.backsheet.json");
        List<String> args = new ArrayList<>(List.of("export", sheet().toString(), "-o", pdf.toString()));
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    @Test
    void existingPdfIsUntouchedWhenRenderingFails() throws IOException {
        Path sheet = sheet();
        Path pdf = Files.writeString(tmp.resolve("a.pdf"), "the handout from last week");

        CliRun run = exportWith((s, out) -> {
            out.write("%PDF-1.7 half a handout".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("the picture of item 3 is damaged");
        });

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines())
                .containsExactly(sheet + ": cannot make the handout: the picture of item 3 is damaged");
        assertThat(Files.readString(pdf)).isEqualTo("the handout from last week");
        assertThat(filesIn(tmp))
                .as("no temporary file is left behind")
                .containsExactlyInAnyOrder("a.backsheet.json", "a.pdf");
    }

    @Test
    void existingPdfIsUntouchedWhenWritingFails() throws IOException {
        Path sheet = SheetFilesForTests.goodSheet(tmp, "a.backsheet.json");
        // A name the file system just accepts: the temporary file beside it, with a longer name, cannot be made.
        String longName = "x".repeat(240) + ".pdf";
        Path pdf = Files.writeString(tmp.resolve(longName), "the handout from last week");

        CliRun run = run("export", sheet.toString(), "-o", pdf.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith(pdf + ": cannot write the handout: ");
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(Files.readString(pdf)).isEqualTo("the handout from last week");
        assertThat(filesIn(tmp)).containsExactlyInAnyOrder("a.backsheet.json", longName);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void rendererCrashIsOneLineNamingTheSheet() throws IOException {
        CliRun run = exportWith((s, out) -> {
            throw new IllegalStateException("No glyph for U+1F600");
        });

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(sheet() + ": cannot make the handout: No glyph for U+1F600");
    }

    @Test
    void renderWarningsGoToStderrWithoutChangingTheExitCode() throws IOException {
        CliRun run = exportWith((s, out) -> new RenderResult(1, List.of("replaced 2 characters the font lacks")));

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly(sheet() + ": warning: replaced 2 characters the font lacks");
    }

    @Test
    void pageOptionsOnTheCommandLineOverrideTheSheet() throws IOException {
        List<Sheet> seen = new ArrayList<>();
        HandoutWriter recording = (s, out) -> {
            seen.add(s);
            return new RenderResult(1, List.of());
        };

        CliRun run = exportWith(recording, "--page-size", "letter", "--large-print");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(seen).singleElement().satisfies(s -> {
            assertThat(s.page().size()).isEqualTo(PageSize.LETTER);
            assertThat(s.page().largePrint()).isTrue();
            assertThat(s.patient()).isEqualTo("Zofia Wójcik");
        });
    }

    @Test
    void pageSizeOptionChangesThePaperOfTheRealPdf() throws IOException {
        Path a4 = exported("a4.pdf");
        Path letter = exported("letter.pdf", "--page-size", "LETTER");

        assertThat(firstPageSize(a4)).isEqualTo(new float[] {595.28f, 841.89f});
        assertThat(firstPageSize(letter)).isEqualTo(new float[] {612f, 792f});
    }

    @Test
    void largePrintOptionMakesTheBodyTextAtLeastSixteenPoints() throws IOException {
        Path normal = exported("normal.pdf");
        Path large = exported("large.pdf", "--large-print");

        assertThat(FontSizes.mostCommon(normal)).isLessThan(16f);
        assertThat(FontSizes.mostCommon(large)).isGreaterThanOrEqualTo(16f);
    }

    @Test
    void oneOutputFileTakesOneSheet() throws IOException {
        Path a = SheetFilesForTests.goodSheet(tmp, "a.backsheet.json");
        Path b = SheetFilesForTests.goodSheet(tmp, "b.backsheet.json");

        CliRun run = badInput(
                "export", a.toString(), b.toString(), "-o", tmp.resolve("x.pdf").toString());
        assertThat(run.err()).contains("-o takes one sheet").contains("-d");
    }

    @Test
    void outputFileAndFolderTogetherAreRefused() throws IOException {
        Path a = SheetFilesForTests.goodSheet(tmp, "a.backsheet.json");

        CliRun run = badInput("export", a.toString(), "-o", tmp.resolve("x.pdf").toString(), "-d", tmp.toString());
        assertThat(run.err()).contains("mutually exclusive");
    }

    private static float[] firstPageSize(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDRectangle box = document.getPage(0).getMediaBox();
            return new float[] {box.getWidth(), box.getHeight()};
        }
    }
}
