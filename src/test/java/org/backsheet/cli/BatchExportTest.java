package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backsheet.render.HandoutWriter;
import org.backsheet.render.RenderResult;
import org.junit.jupiter.api.Test;

/** export A.json B.json ... -d DIR: every good sheet is written even when some are bad. */
class BatchExportTest extends CliTest {

    @Test
    void goodSheetsAreWrittenAndTheBadOneReported() throws IOException {
        Path first = SheetFilesForTests.goodSheet(tmp, "in/anna.backsheet.json");
        Path bad = SheetFilesForTests.sheet(
                tmp, "in/bad.backsheet.json", "{\"exercise\": \"bridging\", \"holdSeconds\": 0}");
        Path last = SheetFilesForTests.goodSheet(tmp, "in/piotr.json");
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of(
                environment(), "export", first.toString(), bad.toString(), last.toString(), "-d", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(out.resolve("anna.pdf")).isNotEmptyFile();
        assertThat(out.resolve("piotr.pdf")).isNotEmptyFile();
        assertThat(out.resolve("bad.pdf")).doesNotExist();
        assertThat(run.errLines())
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith(bad.toString()).contains("items[0].holdSeconds"));
        assertThat(run.out()).contains("wrote 2 of 3 handouts to " + out);
        try (PDDocument document = Loader.loadPDF(out.resolve("anna.pdf").toFile())) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void allGoodIsExitZeroAndTheFolderIsCreated() throws IOException {
        Path out = tmp.resolve("new/nested/out");

        CliRun run = run(SheetFilesForTests.batchExport(tmp, 6, out));

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (int i = 0; i < 6; i++) {
            assertThat(out.resolve("sheet-" + i + ".pdf")).isNotEmptyFile();
        }
    }

    @Test
    void theThreadsShareOneRendererAndUseMoreThanOneThread() throws IOException {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        int[] writersMade = new int[1];
        HandoutWriter.Factory factory = (catalog, format) -> {
            writersMade[0]++;
            return (sheet, out) -> {
                threads.add(Thread.currentThread().getName());
                out.write(new byte[] {'%', 'P', 'D', 'F'});
                return new RenderResult(1, List.of());
            };
        };
        String[] args = SheetFilesForTests.batchExport(tmp, 40, tmp.resolve("out"));

        CliRun run = CliRun.of(environment().withWriters(factory), args);

        assertThat(run.exitCode()).isZero();
        assertThat(writersMade[0]).isEqualTo(1);
        assertThat(threads)
                .allMatch(name -> name.startsWith("backsheet-export-"))
                .isNotEmpty();
        try (var files = Files.list(tmp.resolve("out"))) {
            assertThat(files.count()).isEqualTo(40);
        }
    }

    @Test
    void twoSheetsWithTheSameNameDoNotOverwriteEachOther() throws IOException {
        Path one = SheetFilesForTests.goodSheet(tmp, "a/knee.backsheet.json");
        Path two = SheetFilesForTests.goodSheet(tmp, "b/knee.json");
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of(environment(), "export", one.toString(), two.toString(), "-d", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(out.resolve("knee.pdf")).isNotEmptyFile();
        assertThat(run.err()).contains(two.toString()).contains("same name").contains(one.toString());
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAFailure() throws IOException {
        Path sheet = SheetFilesForTests.goodSheet(tmp, "a.json");
        Path notAFolder = Files.writeString(tmp.resolve("out"), "x");

        CliRun run = CliRun.of(environment(), "export", sheet.toString(), "-d", notAFolder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .contains(notAFolder.toString())
                .contains("not a folder");
    }
}
