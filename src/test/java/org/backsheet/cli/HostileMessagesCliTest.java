package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a hostile file can make the command line print (issue #15, item 9). */
class HostileMessagesCliTest extends CliTest {

    @Test
    void terminalEscapesAndLineBreaksFromAFileAreShownEscaped() throws IOException {
        Path sheet = SheetFilesForTests.sheet(
                tmp, "esc.backsheet.json", "{\"exercise\": \"nope\\u001b[2J\\u001b[31mRED\\nFAKE: ok\\u202e\"}");

        CliRun run = badInput("validate", sheet.toString());
        assertThat(run.err())
                .doesNotContain("\u001b")
                .doesNotContain("\u202e")
                .contains("nope\\u001b[2J\\u001b[31mRED\\u000aFAKE: ok\\u202e");
        assertThat(run.errLines()).noneMatch(line -> line.startsWith("FAKE"));
        assertThat(run.out()).doesNotContain("FAKE");
    }

    @Test
    void aFileNameWithAnEscapeIsShownEscaped() throws IOException {
        CliRun run = run("validate", tmp.resolve("x\u001b[2Jy.json").toString());
        assertThat(run.err()).doesNotContain("\u001b").contains("x\\u001b[2Jy.json: no such file");
    }

    @Test
    void twoMillionRepeatedKeysAreSummarisedAfterAFew() throws IOException {
        StringBuilder json = new StringBuilder("{\"format\": \"backsheet/sheet\", \"version\": 1, \"items\": []");
        for (int i = 0; i < 200_000; i++) {
            json.append(", \"x\": 0");
        }
        Path sheet = Files.writeString(tmp.resolve("dup.backsheet.json"), json.append('}'), StandardCharsets.UTF_8);

        CliRun run = badInput("validate", sheet.toString());
        assertThat(run.errLines()).hasSizeLessThanOrEqualTo(UserMessages.MAX_LINES_PER_FILE + 1);
        assertThat(run.errLines().get(run.errLines().size() - 1)).isEqualTo(sheet + ": ... and 199,979 more problems");
    }

    @Test
    void manyLinesAboutOneFileEndWithHowManyMore() {
        List<String> lines = IntStream.range(0, 60_000)
                .mapToObj(i -> "f: warning: glyph " + i)
                .toList();
        assertThat(UserMessages.summarised("f", lines))
                .hasSize(UserMessages.MAX_LINES_PER_FILE + 1)
                .last()
                .isEqualTo("f: ... and 59,980 more");
    }

    @Test
    void utf32IsCalledUtf32() throws IOException {
        Path sheet = Files.write(
                tmp.resolve("u32.backsheet.json"), "\uFEFF{\"format\": 1}".getBytes(Charset.forName("UTF-32LE")));
        Path bigEndian = Files.write(
                tmp.resolve("u32be.backsheet.json"), "{\"format\": 1}".getBytes(Charset.forName("UTF-32BE")));

        assertThat(run("validate", sheet.toString()).err()).contains("saved as UTF-32");
        assertThat(run("validate", bigEndian.toString()).err()).contains("saved as UTF-32");
    }
}
