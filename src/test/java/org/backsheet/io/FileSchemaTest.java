package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.backsheet.model.DoseField;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.Layout;
import org.backsheet.model.Level;
import org.backsheet.model.PageSize;
import org.backsheet.model.Position;
import org.backsheet.model.Sheet;
import org.backsheet.model.Target;
import org.backsheet.model.WebLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas in docs/schema, checked with a real validator: every file BackSheet ships passes, files with
 * wrong values fail, and the schemas' bounds and choices are the program's own, so neither can drift.
 */
class FileSchemaTest {

    private static final Path SCHEMAS = Path.of("docs/schema");
    private static final String BASE = "https://backsheet.example/schema/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(
                    m -> m.mapPrefix(BASE, SCHEMAS.toAbsolutePath().toUri().toString())));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final JsonSchema SHEET = FACTORY.getSchema(SchemaLocation.of(BASE + "sheet.schema.json"), CONFIG);
    private static final JsonSchema EXERCISE =
            FACTORY.getSchema(SchemaLocation.of(BASE + "exercise.schema.json"), CONFIG);

    static Stream<Path> shippedSheets() throws IOException {
        return Stream.concat(
                files(Path.of("samples"), ".backsheet.json"), files(Path.of("assets/templates"), ".backsheet.json"));
    }

    static Stream<Path> shippedExercises() throws IOException {
        return files(Path.of("assets/exercises"), ".exercise.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedSheets")
    void everySampleAndTemplateFitsTheSheetSchema(Path file) throws IOException {
        assertThat(problems(SHEET, file)).as(file.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedExercises")
    void everyBuiltInExerciseFitsTheExerciseSchema(Path file) throws IOException {
        assertThat(problems(EXERCISE, file)).as(file.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "bad-date.backsheet.json",
                "no-such-day.backsheet.json",
                "advice-not-a-list.backsheet.json",
                "bad-layout.backsheet.json",
                "bad-page-size.backsheet.json",
                "bad-tracking-days.backsheet.json",
                "bad-language.backsheet.json",
                "every-dose-out-of-range.backsheet.json",
                "reps-101.backsheet.json",
                "reps-fraction.backsheet.json",
                "reps-zero.backsheet.json",
                "item-without-exercise.backsheet.json",
                "exercise-empty.backsheet.json",
                "missing-items.backsheet.json",
                "newer-version.backsheet.json",
                "wrong-format.backsheet.json",
                "too-many-items.backsheet.json"
            })
    void badSheetsAreRejected(String name) throws IOException {
        assertThat(problems(SHEET, Path.of("src/test/resources/io/bad-sheets", name)))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "bad-dose.exercise.json",
                "bad-id.exercise.json",
                "bad-kind.exercise.json",
                "bad-equipment.exercise.json"
            })
    void badExercisesAreRejected(String name) throws IOException {
        assertThat(problems(EXERCISE, Path.of("src/test/resources/io/bad-exercises", name)))
                .isNotEmpty();
    }

    @Test
    void aDoseOutOfBoundsOrAMissingExerciseIsRejected() {
        String tooMany = "{\"format\": \"backsheet/sheet\", \"version\": 1, \"items\": [{\"exercise\": \"bridging\","
                + " \"reps\": 101}]}";
        String noId = "{\"format\": \"backsheet/sheet\", \"version\": 1, \"items\": [{\"reps\": 10}]}";
        String ok = "{\"format\": \"backsheet/sheet\", \"version\": 1, \"items\": [{\"exercise\": \"bridging\","
                + " \"reps\": 100, \"link\": \"https://example.org/bridge\", \"fromTheClinicSystem\": \"kept\"}],"
                + " \"recordNumber\": 17}";
        String plainHttp = "{\"format\": \"backsheet/sheet\", \"version\": 1, \"items\": [{\"exercise\": \"bridging\","
                + " \"link\": \"http://example.org/bridge\"}]}";
        assertThat(SHEET.validate(plainHttp, InputFormat.JSON))
                .as("only https links")
                .isNotEmpty();
        assertThat(SHEET.validate(tooMany, InputFormat.JSON)).isNotEmpty();
        assertThat(SHEET.validate(noId, InputFormat.JSON)).isNotEmpty();
        assertThat(SHEET.validate(ok, InputFormat.JSON))
                .as("unknown fields are allowed: they are kept")
                .isEmpty();
    }

    @Test
    void doseBoundsAreDoseFieldsBounds() throws IOException {
        JsonObject dose = schema("exercise")
                .getAsJsonObject("$defs")
                .getAsJsonObject("dose")
                .getAsJsonObject("properties");
        assertThat(dose.keySet())
                .containsExactlyElementsOf(Arrays.stream(DoseField.values())
                        .map(DoseField::jsonName)
                        .toList());
        for (DoseField field : DoseField.values()) {
            JsonObject p = dose.getAsJsonObject(field.jsonName());
            if (field.isFlag()) {
                assertThat(p.get("type").getAsString()).as(field.jsonName()).isEqualTo("boolean");
            } else {
                assertThat(p.get("type").getAsString()).as(field.jsonName()).isEqualTo("integer");
                assertThat(p.get("minimum").getAsInt())
                        .as(field.jsonName() + " minimum")
                        .isEqualTo(field.min());
                assertThat(p.get("maximum").getAsInt())
                        .as(field.jsonName() + " maximum")
                        .isEqualTo(field.max());
            }
        }
    }

    @Test
    void choicesAndLimitsAreTheReadersOwn() throws IOException {
        JsonObject exercise = schema("exercise").getAsJsonObject("properties");
        assertThat(strings(exercise, "position", "enum")).isEqualTo(names(Position.values()));
        assertThat(strings(exercise, "kind", "enum")).isEqualTo(names(ExerciseKind.values()));
        assertThat(strings(exercise, "level", "enum")).isEqualTo(names(Level.values()));
        assertThat(strings(exercise.getAsJsonObject("targets"), "items", "enum"))
                .isEqualTo(names(Target.values()));
        assertThat(strings(exercise.getAsJsonObject("equipment"), "items", "enum"))
                .isEqualTo(names(Equipment.values()));
        assertThat(exercise.getAsJsonObject("id").get("pattern").getAsString())
                .isEqualTo("^" + Exercise.ID_PATTERN + "$");
        assertThat(exercise.getAsJsonObject("format").get("const").getAsString())
                .isEqualTo(Exercise.FORMAT);
        assertThat(exercise.getAsJsonObject("version").get("maximum").getAsInt())
                .isEqualTo(Exercise.FORMAT_VERSION);

        JsonObject sheet = schema("sheet").getAsJsonObject("properties");
        assertThat(sheet.getAsJsonObject("format").get("const").getAsString()).isEqualTo(Sheet.FORMAT);
        assertThat(sheet.getAsJsonObject("version").get("maximum").getAsInt()).isEqualTo(Sheet.FORMAT_VERSION);
        assertThat(strings(sheet.getAsJsonObject("page").getAsJsonObject("properties"), "size", "enum"))
                .isEqualTo(names(PageSize.values()));
        assertThat(strings(sheet, "layout", "enum"))
                .isEqualTo(Arrays.stream(Layout.values())
                        .map(SheetReader::layoutName)
                        .toList());
        List<Integer> days = new ArrayList<>();
        sheet.getAsJsonObject("trackingDays").getAsJsonArray("enum").forEach(d -> days.add(d.getAsInt()));
        assertThat(days).isEqualTo(SheetReader.TRACKING_DAYS);
        assertThat(sheet.getAsJsonObject("language").get("pattern").getAsString())
                .isEqualTo("^" + SheetReader.LANGUAGE.pattern() + "$");
        assertThat(sheet.getAsJsonObject("items").get("maxItems").getAsInt()).isEqualTo(Limits.MAX_ITEMS);
        assertThat(sheet.getAsJsonObject("title").get("maxLength").getAsInt()).isEqualTo(Limits.MAX_TEXT_CHARS);
        assertThat(schema("exercise")
                        .getAsJsonObject("$defs")
                        .getAsJsonObject("link")
                        .get("maxLength")
                        .getAsInt())
                .isEqualTo(WebLink.MAX_LENGTH);
    }

    private static Set<ValidationMessage> problems(JsonSchema schema, Path file) throws IOException {
        return schema.validate(Files.readString(file), InputFormat.JSON);
    }

    private static JsonObject schema(String kind) throws IOException {
        return JsonParser.parseString(Files.readString(SCHEMAS.resolve(kind + ".schema.json")))
                .getAsJsonObject();
    }

    private static List<String> strings(JsonObject parent, String field, String list) {
        JsonArray values = parent.getAsJsonObject(field).getAsJsonArray(list);
        List<String> out = new ArrayList<>();
        for (JsonElement v : values) {
            out.add(v.getAsString());
        }
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(e -> e.name().toUpperCase(Locale.ROOT)).toList();
    }

    private static Stream<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList().stream();
        }
    }
}
