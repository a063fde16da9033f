package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.backsheet.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issue-6 limits: each refused with a clear message, and the values just inside each limit accepted. */
class LimitsTest {

    @TempDir
    Path dir;

    private static byte[] sheetWithItems(int count, String note) {
        StringBuilder b = new StringBuilder("{\"format\":\"backsheet/sheet\",\"version\":1,\"items\":[");
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"exercise\":\"bridging\",\"note\":\"")
                    .append(note)
                    .append("\"}");
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.backsheet.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Limits.MAX_FILE_BYTES + 1); // sparse: costs no disk and no time
        }
        assertThatThrownBy(() -> SheetFiles.read(big))
                .isInstanceOfSatisfying(FileFormatException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .extracting(Problem::toString)
                        .asString()
                        .startsWith(big + ": the file is too large (50.0 MB)")
                        .contains("up to 50 MB"));
    }

    @Test
    void bytesOverTheLimitAreRefusedByParseToo() {
        byte[] content = new byte[(int) Limits.MAX_FILE_BYTES + 1];
        assertThatThrownBy(() -> SheetFiles.parse("x.backsheet.json", content))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void fiveHundredItemsAreFineAndFiveHundredAndOneAreNot() throws Exception {
        assertThat(SheetFiles.parse("ok", sheetWithItems(500, "n")).items()).hasSize(500);
        assertThatThrownBy(() -> SheetFiles.parse("x", sheetWithItems(501, "n")))
                .hasMessage("x: items: too many exercises (501); a sheet holds at most 500");
    }

    @Test
    void aTextOfOneHundredThousandCharactersIsFineOneMoreIsNot() throws Exception {
        String longest = "é".repeat(Limits.MAX_TEXT_CHARS);
        assertThat(SheetFiles.parse("ok", sheetWithItems(1, longest))
                        .items()
                        .get(0)
                        .note())
                .isEqualTo(longest);
        assertThatThrownBy(() -> SheetFiles.parse("x", sheetWithItems(1, longest + "!")))
                .hasMessage(
                        "x: items[0].note: the text is too long (100001 characters); at most 100000 are " + "allowed");
    }

    @Test
    void deeplyNestedUnknownDataIsRefusedWithoutAStackOverflow() {
        String deep = "[".repeat(100_000);
        byte[] content = ("{\"format\":\"backsheet/sheet\",\"version\":1,\"items\":[],\"x\":" + deep)
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SheetFiles.parse("x", content)).hasMessageContaining("nested too deeply");
    }
}
