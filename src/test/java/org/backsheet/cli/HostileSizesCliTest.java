package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.backsheet.render.HandoutWriter;
import org.backsheet.render.RenderResult;
import org.junit.jupiter.api.Test;

/**
 * Files within every per-field limit that still asked for too much (issue #15, item 6): hundreds of thousands
 * of pages, millions of values in an unknown field. Each is refused with a message naming the file.
 */
class HostileSizesCliTest extends CliTest {

    private static String items(int count, int noteChars) {
        String note = "Keep the back straight and breathe out slowly. "
                .repeat(noteChars / 47 + 1)
                .substring(0, noteChars);
        StringJoiner items = new StringJoiner(",");
        for (int i = 0; i < count; i++) {
            items.add("{\"exercise\": \"pelvic-tilt\", \"note\": \"" + note + "\"}");
        }
        return items.toString();
    }

    @Test
    void aSheetWithTooMuchTextAltogetherIsRefusedNamingTheFile() throws IOException {
        // 500 notes of 2,000 characters: each note is fine, together a million characters.
        Path sheet = SheetFilesForTests.sheet(tmp, "long.backsheet.json", items(500, 2_000));

        CliRun run = badInput(
                "export", sheet.toString(), "-o", tmp.resolve("long.pdf").toString());
        assertThat(run.err())
                .containsPattern(Pattern.quote(sheet.toString())
                        + ": the sheet holds 1,0\\d\\d,\\d\\d\\d characters of text; at most 600,000");
        assertThat(tmp.resolve("long.pdf")).doesNotExist();
    }

    @Test
    void aHandoutOverThePageLimitIsRefusedNamingTheFile() throws IOException {
        // Within the text limit, but large print and many short items make far more than 200 pages.
        Path sheet = SheetFilesForTests.sheet(tmp, "pages.backsheet.json", items(500, 1_100));

        CliRun run =
                run("export", sheet.toString(), "-o", tmp.resolve("pages.pdf").toString(), "--large-print");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(sheet + ": cannot make the handout: the handout would have")
                .contains("at most 200 are made");
        assertThat(tmp.resolve("pages.pdf")).doesNotExist();
    }

    @Test
    void millionsOfValuesInAnUnknownFieldAreRefusedWithoutRunningOutOfMemory() throws IOException {
        StringBuilder zeros = new StringBuilder("0");
        for (int i = 0; i < 1_000_001; i++) {
            zeros.append(",0");
        }
        Path sheet = SheetFilesForTests.write(
                tmp,
                "zeros.backsheet.json",
                "{\"format\": \"backsheet/sheet\", " + "\"version\": 1, \"items\": [], \"somethingNew\": [" + zeros
                        + "]}");

        CliRun run = badInput("validate", sheet.toString());
        assertThat(run.err()).contains("zeros.backsheet.json:1:").contains("more than 1,000,000 values");
    }

    @Test
    void largeUnknownFieldsAreRefusedRatherThanKeptWhole() throws IOException {
        String big = "x".repeat(90_000);
        StringJoiner fields = new StringJoiner(",");
        for (int i = 0; i < 12; i++) {
            fields.add("\"future" + i + "\": \"" + big + "\"");
        }
        Path sheet = SheetFilesForTests.write(
                tmp,
                "future.backsheet.json",
                "{\"format\": \"backsheet/sheet\", " + "\"version\": 1, \"items\": [], " + fields + "}");

        CliRun run = badInput("validate", sheet.toString());
        assertThat(run.err()).contains("future.backsheet.json: future").contains("unknown fields here hold more than");
    }

    @Test
    void runningOutOfMemoryOnOneSheetOfABatchNamesItAndGoesOn() throws IOException {
        HandoutWriter.Factory factory = (catalog, format) -> (sheet, out) -> {
            if ("Too big".equals(sheet.title())) {
                throw new OutOfMemoryError("Java heap space");
            }
            out.write(new byte[] {'%', 'P', 'D', 'F'});
            return new RenderResult(1, List.of());
        };
        Path big = SheetFilesForTests.write(
                tmp,
                "big.backsheet.json",
                "{\"format\": \"backsheet/sheet\", " + "\"version\": 1, \"title\": \"Too big\", \"items\": []}");
        Path small = SheetFilesForTests.goodSheet(tmp, "small.backsheet.json");

        CliRun run = CliRun.of(
                environment().withWriters(factory),
                "export",
                big.toString(),
                small.toString(),
                "-d",
                tmp.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(big + ": skipped: there is not enough memory to make this handout");
        assertThat(run.out()).contains("wrote 1 of 2 handouts");
    }
}
