package org.backsheet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sheet and exercise files come from e-mail and shared drives, so opening one must never touch any other file:
 * pictures travel inside the file, never as a path. Strings that look like paths are refused where a picture
 * belongs and kept as plain text elsewhere. The trap is a named pipe: opening it for reading would block
 * forever, so a parser that follows a path hangs and the test fails on its time limit.
 */
class UntrustedFilesTest {

    private static final Duration NO_HANG = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private Path trap;

    @BeforeEach
    void layTrap() throws Exception {
        trap = folder.resolve("photo.png");
        Process mkfifo = new ProcessBuilder("mkfifo", trap.toString())
                .redirectErrorStream(true)
                .start();
        Assumptions.assumeTrue(
                mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is needed for this test");
    }

    @Test
    void pathsWhereAPictureBelongsAreRefusedWithoutOpeningThem() throws Exception {
        String uri = trap.toUri().toString();
        List<String> pictures = List.of(
                quote(trap.toString()),
                quote(uri),
                quote("/etc/passwd"),
                quote("file:///etc/passwd"),
                quote("../../../../etc/shadow"),
                quote("\\\\server\\share\\photo.png"),
                "{\"mediaType\": \"image/png\", \"path\": " + quote(trap.toString()) + "}",
                "{\"mediaType\": \"image/png\", \"url\": " + quote(uri) + "}",
                "{\"mediaType\": \"image/png\", \"data\": " + quote(trap.toString()) + "}",
                "{\"mediaType\": \"image/png\", \"data\": " + quote(uri) + "}",
                "{\"$ref\": " + quote(uri) + "}");

        for (String picture : pictures) {
            String itemPhoto = sheetJson("{\"exercise\": \"bird-dog\", \"photo\": " + picture + "}", "null");
            String clinicLogo = sheetJson("{\"exercise\": \"bird-dog\"}", picture);
            assertRefusedWithoutHanging(itemPhoto, "items[0].photo");
            assertRefusedWithoutHanging(clinicLogo, "clinic.logo");
            assertExerciseRefusedWithoutHanging(exerciseJson("\"photo\": " + picture));
        }
        assertThat(filesIn(folder)).containsExactly("photo.png");
    }

    @Test
    void pathsInTextFieldsStayText() throws Exception {
        String json = "{\"format\": \"backsheet/sheet\", \"version\": 1, \"title\": " + quote(trap.toString())
                + ", \"clinic\": {\"name\": \"file:///etc/passwd\", \"contact\": "
                + quote(trap.toUri().toString())
                + "}, \"items\": [{\"exercise\": \"bird-dog\", \"note\": \"/etc/passwd\"}],"
                + " \"include\": " + quote(trap.toString()) + ", \"image\": {\"path\": \"/etc/passwd\"}}";

        Sheet sheet = assertTimeoutPreemptively(NO_HANG, () -> SheetFiles.parse("x.backsheet.json", bytes(json)));

        assertThat(sheet.title()).isEqualTo(trap.toString());
        assertThat(sheet.clinic().name()).isEqualTo("file:///etc/passwd");
        assertThat(sheet.items().get(0).note()).isEqualTo("/etc/passwd");
        assertThat(sheet.items().get(0).photo()).isNull();
        // Unknown fields are carried along as text for a newer version, never followed.
        assertThat(sheet.unknownFields().asMap()).containsKeys("include", "image");
        assertThat(filesIn(folder)).containsExactly("photo.png");
    }

    @Test
    void readingASheetFileReadsOnlyThatFile() throws Exception {
        Path sheetFile = Files.writeString(
                folder.resolve("anna.backsheet.json"),
                sheetJson("{\"exercise\": \"bird-dog\", \"photo\": " + quote(trap.toString()) + "}", "null"),
                UTF_8);

        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> SheetFiles.read(sheetFile))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining(sheetFile.toString()));
        assertThat(filesIn(folder)).containsExactlyInAnyOrder("photo.png", "anna.backsheet.json");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path huge = folder.resolve("huge.backsheet.json");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(Limits.MAX_FILE_BYTES + 1);
        }

        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> SheetFiles.read(huge))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining(huge.toString()));
    }

    @Test
    void tooManyItemsAreRefusedNamingTheField() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i <= Limits.MAX_ITEMS; i++) {
            items.append(i == 0 ? "" : ",").append("{\"exercise\": \"bird-dog\"}");
        }
        String json = "{\"format\": \"backsheet/sheet\", \"version\": 1, \"items\": [" + items + "]}";

        assertThatThrownBy(() -> SheetFiles.parse("many.backsheet.json", bytes(json)))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("many.backsheet.json")
                .hasMessageContaining("items");
    }

    @Test
    void anOverlongTextIsRefusedNamingTheField() {
        String note = "a".repeat(Limits.MAX_TEXT_CHARS + 1);
        String json = sheetJson("{\"exercise\": \"bird-dog\", \"note\": \"" + note + "\"}", "null");

        assertThatThrownBy(() -> SheetFiles.parse("long.backsheet.json", bytes(json)))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("long.backsheet.json")
                .hasMessageContaining("items[0].note");
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String json = "{\"format\": \"backsheet/sheet\", \"version\": 1, \"items\": [], \"future\": " + deep + "}";

        assertThatThrownBy(() -> SheetFiles.parse("deep.backsheet.json", bytes(json)))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("deep.backsheet.json");
    }

    private void assertRefusedWithoutHanging(String json, String field) {
        FileFormatException refused = assertTimeoutPreemptively(NO_HANG, () -> {
            try {
                SheetFiles.parse("untrusted.backsheet.json", bytes(json));
                return null;
            } catch (FileFormatException e) {
                return e;
            }
        });
        assertThat(refused).as("a sheet with a picture given as %s", json).isNotNull();
        assertThat(refused.getMessage()).contains("untrusted.backsheet.json").contains(field);
    }

    private void assertExerciseRefusedWithoutHanging(String json) {
        FileFormatException refused = assertTimeoutPreemptively(NO_HANG, () -> {
            try {
                Exercise accepted = ExerciseFiles.parse("untrusted.exercise.json", bytes(json));
                return accepted.photo() == null
                        ? null
                        : new FileFormatException(Problem.ofFile("untrusted.exercise.json", "photo was accepted"));
            } catch (FileFormatException e) {
                return e;
            }
        });
        assertThat(refused).as("an exercise with a picture given as %s", json).isNotNull();
        assertThat(refused.getMessage()).contains("untrusted.exercise.json").contains("photo");
    }

    private static String sheetJson(String item, String logo) {
        return "{\"format\": \"backsheet/sheet\", \"version\": 1, \"clinic\": {\"name\": \"Clinic\", \"logo\": " + logo
                + "}, \"items\": [" + item + "]}";
    }

    private static String exerciseJson(String extraField) {
        return "{\"format\": \"backsheet/exercise\", \"version\": 1, \"id\": \"clinic-stretch\","
                + " \"name\": \"Clinic stretch\", \"steps\": [\"Stretch.\"], " + extraField + "}";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
