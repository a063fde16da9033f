package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backsheet.testdata.Doses.dose;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.backsheet.image.Pictures;
import org.backsheet.model.Clinic;
import org.backsheet.model.Dose;
import org.backsheet.model.DoseField;
import org.backsheet.model.EmbeddedImage;
import org.backsheet.model.Layout;
import org.backsheet.model.PageOptions;
import org.backsheet.model.PageSize;
import org.backsheet.model.Problem;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.testdata.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetFilesTest {

    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Sheet fullSheet() {
        return Sheets.sheet()
                .title("Your lower back program")
                .patient("Anna Nowak")
                .clinician("J. Smith, PT")
                .clinic(Clinic.builder()
                        .name("Riverside Physio")
                        .contact("Tel 555-0100 · riverside.example")
                        .logo(new EmbeddedImage("image/png", PNG))
                        .emergencyNumber("112")
                        .build())
                .date(LocalDate.of(2026, 11, 21))
                .advice(List.of("Warm up first.", "Stop if the pain becomes sharp."))
                .disclaimer("See a doctor first.")
                .options(o -> o.withPage(new PageOptions(PageSize.LETTER, true))
                        .withLanguage("pt-BR")
                        .withLayout(Layout.COMPACT)
                        .withTrackingDays(14)
                        .withGroupByPosition(true)
                        .withSignatureLine(true))
                .item(
                        Sheets.item(
                                        "pelvic-tilt",
                                        dose().sets(1)
                                                .reps(10)
                                                .hold(5)
                                                .perSide(false)
                                                .timesPerDay(2)
                                                .daysPerWeek(7))
                                .withNote("Keep breathing. ½ “quotes” \\ \n")
                                .withPhoto(new EmbeddedImage("image/png", PNG))
                                .withLink("https://example.org/videos/pelvic-tilt?t=12&lang=en"),
                        Sheets.item("stationary-bike", dose().minutes(20).timesPerDay(1)))
                .build();
    }

    @Test
    void aFullSheetSurvivesARoundTrip() throws Exception {
        Sheet sheet = fullSheet();
        String json = SheetFiles.toJson(sheet);
        assertThat(SheetFiles.parse("x.backsheet.json", utf8(json))).isEqualTo(sheet);
        assertThat(SheetFiles.toJson(SheetFiles.parse("x", utf8(json)))).isEqualTo(json);
    }

    /**
     * The emergency number is written inside {@code clinic}: a version that does not know it keeps it there among
     * the clinic's unknown fields and writes it back (see {@link #unknownFieldsSurviveAtEveryLevel}).
     */
    @Test
    void theEmergencyNumberIsWrittenInTheClinicAndReadBack() throws Exception {
        String json = SheetFiles.toJson(fullSheet());
        assertThat(json).containsPattern("\"emergencyNumber\"\\s*:\\s*\"112\"");
        assertThat(json.indexOf("emergencyNumber")).isBetween(json.indexOf("\"clinic\""), json.indexOf("\"date\""));
        Sheet read = SheetFiles.parse(
                "x",
                utf8("{\"format\": \"backsheet/sheet\", \"version\": 1, \"items\": [],"
                        + " \"clinic\": {\"emergencyNumber\": \"911\", \"motto\": \"go\"}}"));
        assertThat(read.clinic().emergencyNumber()).isEqualTo("911");
        assertThat(read.clinic().unknownFields().asMap()).containsOnlyKeys("motto");
        assertThat(SheetFiles.parse("x", utf8(SheetFiles.toJson(Sheet.empty())))
                        .clinic()
                        .emergencyNumber())
                .isNull();
    }

    @Test
    void theEmptySheetSurvivesARoundTrip() throws Exception {
        Sheet sheet = Sheet.empty();
        assertThat(SheetFiles.parse("x", utf8(SheetFiles.toJson(sheet)))).isEqualTo(sheet);
    }

    @Test
    void everyDoseFieldSurvivesARoundTripAtItsBounds() throws Exception {
        for (DoseField field : DoseField.values()) {
            for (int value : new int[] {field.min(), field.max()}) {
                Sheet sheet = Sheets.sheet()
                        .item(Sheets.item("bridging", Dose.EMPTY.with(field, value)))
                        .build();
                String json = SheetFiles.toJson(sheet);
                assertThat(json).as(field.name()).contains("\"" + field.jsonName() + "\"");
                assertThat(SheetFiles.parse("x", utf8(json)))
                        .as(field.name() + " " + value)
                        .isEqualTo(sheet);
            }
        }
    }

    @Test
    void theContractExampleReads() throws Exception {
        String json =
                """
                {
                  "format": "backsheet/sheet",
                  "version": 1,
                  "title": "Your lower back program",
                  "clinic": { "name": "Riverside Physio", "contact": "Tel 555-0100" },
                  "date": "2026-11-21",
                  "page": { "size": "a4", "largePrint": false },
                  "items": [
                    { "exercise": "pelvic-tilt", "sets": 1, "reps": 10, "holdSeconds": 5,
                      "perSide": false, "timesPerDay": 2, "note": "Keep breathing." },
                    { "exercise": "stationary-bike", "minutes": 20, "timesPerDay": 1 }
                  ]
                }
                """;
        Sheet sheet = SheetFiles.parse("contract.backsheet.json", utf8(json));
        assertThat(sheet.items()).hasSize(2);
        assertThat(sheet.items().get(0).dose())
                .isEqualTo(dose().sets(1)
                        .reps(10)
                        .hold(5)
                        .perSide(false)
                        .timesPerDay(2)
                        .build());
        assertThat(sheet.page().size()).isEqualTo(PageSize.A4);
        assertThat(sheet.clinic().name()).isEqualTo("Riverside Physio");
    }

    @Test
    void unknownFieldsSurviveAtEveryLevel() throws Exception {
        String json =
                """
                {"format": "backsheet/sheet", "version": 1, "future": {"a": [1, 2.50, "x"]},
                 "clinic": {"name": "C", "motto": "go"}, "page": {"size": "A4", "margins": 12},
                 "items": [{"exercise": "bridging", "tempo": "slow"}], "zLast": null}
                """;
        Sheet sheet = SheetFiles.parse("f", utf8(json));
        assertThat(sheet.unknownFields().asMap())
                .containsExactly(Map.entry("future", "{\"a\":[1,2.50,\"x\"]}"), Map.entry("zLast", "null"));
        assertThat(sheet.clinic().unknownFields().asMap()).containsEntry("motto", "\"go\"");
        assertThat(sheet.page().unknownFields().asMap()).containsEntry("margins", "12");
        assertThat(sheet.items().get(0).unknownFields().asMap()).containsEntry("tempo", "\"slow\"");
        Sheet again = SheetFiles.parse("f", utf8(SheetFiles.toJson(sheet)));
        assertThat(again).isEqualTo(sheet);
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        byte[] body = utf8("{\"format\":\"backsheet/sheet\",\"version\":1,\"items\":[]}");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(SheetFiles.parse("bom", withBom).items()).isEmpty();
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        String json =
                """
                {"format": "backsheet/sheet", "version": 1, "date": "21/11/2026",
                 "items": [{"exercise": "a", "reps": 0}, {"exercise": 7, "sets": 2.5}]}
                """;
        assertThatThrownBy(() -> SheetFiles.parse("s.json", utf8(json)))
                .isInstanceOfSatisfying(FileFormatException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly(
                                "s.json: date: must be a date written as yyyy-mm-dd (for example 2026-11-21), was \"21/11/2026\"",
                                "s.json: items[0].reps: must be 1 to 100, was 0",
                                "s.json: items[1].exercise: must be an exercise id in double quotes, not a number (7)",
                                "s.json: items[1].sets: must be a whole number, was 2.5"));
    }

    @Test
    void brokenJsonPointsAtLineAndColumn() {
        String json = "{\n  \"format\": \"backsheet/sheet\"\n  \"version\": 1\n}";
        assertThatThrownBy(() -> SheetFiles.parse("b.json", utf8(json)))
                .isInstanceOfSatisfying(FileFormatException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly("b.json:3:3: missing comma before this field"));
    }

    @Test
    void aNewerVersionIsRefused() {
        String json = "{\"format\":\"backsheet/sheet\",\"version\":2,\"items\":\"whatever\"}";
        assertThatThrownBy(() -> SheetFiles.parse("n.json", utf8(json)))
                .isInstanceOfSatisfying(FileFormatException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .asString()
                        .contains("version", "newer BackSheet"));
    }

    @Test
    void aMissingFileOrAFolderIsAnIOExceptionNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("gone.backsheet.json");
        assertThatThrownBy(() -> SheetFiles.read(missing))
                .isInstanceOf(IOException.class)
                .hasMessage(missing + ": the file does not exist");
        assertThatThrownBy(() -> SheetFiles.read(dir))
                .isInstanceOf(IOException.class)
                .hasMessage(dir + ": is a folder, not a file");
    }

    @Test
    void saveWritesReadableJsonAndKeepsTheOldFileAsBak(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("anna.backsheet.json");
        SheetFiles.save(Sheet.empty().withTitle("first"), file);
        SheetFiles.save(fullSheet(), file);
        assertThat(SheetFiles.read(file)).isEqualTo(fullSheet());
        assertThat(SheetFiles.read(dir.resolve("anna.backsheet.json.bak")).title())
                .isEqualTo("first");
        assertThat(Files.readString(file)).startsWith("{\n  \"format\": \"backsheet/sheet\",\n  \"version\": 1,\n");
    }

    @Test
    void languageCodesAreAcceptedInAnyCaseAndWrittenTheUsualWay() throws Exception {
        String json = "{\"format\":\"backsheet/sheet\",\"version\":1,\"language\":\"PT-br\",\"items\":[]}";
        assertThat(SheetFiles.parse("x", utf8(json)).language()).isEqualTo("pt-BR");
    }

    @Test
    void aRealJpegPhotoIsAcceptedAndItsSizeRead() throws Exception {
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpeg", jpeg);
        assertThat(Pictures.header(jpeg.toByteArray()))
                .extracting(h -> h.width(), h -> h.height())
                .containsExactly(40, 30);
        assertThat(Pictures.header(PNG))
                .extracting(h -> h.width(), h -> h.height())
                .containsExactly(1, 1);
        Sheet sheet = Sheet.empty()
                .withItems(List.of(
                        SheetItem.of("bridging").withPhoto(new EmbeddedImage("image/jpeg", jpeg.toByteArray()))));
        assertThat(SheetFiles.parse("x", utf8(SheetFiles.toJson(sheet)))).isEqualTo(sheet);
    }
}
