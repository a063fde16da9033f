package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;
import org.backsheet.model.figure.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A figure's own captions: read per language, written back, and every bad one named by file and field. */
class FigureCaptionsJsonTest {

    private static final String POSES = "\"start\": {\"trunk\": -90}, \"end\": {\"hip\": 40}";
    private final List<Problem> problems = new ArrayList<>();

    private Figure parse(String captions) {
        return FigureJson.parse(
                "{" + POSES + ", \"captions\": " + captions + "}", "x.exercise.json", "figure", problems);
    }

    @Test
    void captionsAreReadPerLanguageAndWrittenBack() {
        Figure f = parse("{\"en\": [\"Start\", \"Hips up  a little \"], \"ES\": [\"Inicio\", \"Cadera arriba\"]}");
        assertThat(problems).isEmpty();
        assertThat(f.captions(Locale.ENGLISH)).containsExactly("Start", "Hips up a little");
        assertThat(f.captions(new Locale("es", "MX"))).containsExactly("Inicio", "Cadera arriba");
        assertThat(f.captions(null)).as("no language means English").containsExactly("Start", "Hips up a little");
        assertThat(f.captions(new Locale("pt"))).isNull();
        String written = FigureJsonWriter.toJson(f).toString();
        assertThat(JsonParser.parseString(written)
                        .getAsJsonObject()
                        .getAsJsonObject("captions")
                        .keySet())
                .containsExactly("en", "es");
        assertThat(FigureJson.parse(written, "again", "figure", problems)).isEqualTo(f);
        assertThat(problems).isEmpty();
    }

    @Test
    void aWrongNumberOfCaptionsIsAWarningAndTheDrawingStays() {
        Figure f = parse("{\"en\": [\"Start\", \"Up\", \"Down\"], \"es\": [\"Inicio\", \"Arriba\"]}");
        assertThat(f).isNotNull();
        assertThat(f.captions(Locale.ENGLISH)).isNull();
        assertThat(f.captions(new Locale("es"))).containsExactly("Inicio", "Arriba");
        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.isError()).isFalse();
        assertThat(p.fieldPath()).isEqualTo("figure.captions.en");
        assertThat(p.message()).contains("3 captions for 2 pictures");
    }

    @Test
    void aCaptionTooLongToFitItsPictureIsNamed() {
        String longer = "x".repeat(Figure.CAPTION_MAX_CHARS + 1);
        Figure f = parse("{\"en\": [\"Start\", \"" + longer + "\"]}");
        assertThat(f.captions()).isEmpty();
        assertThat(problems).extracting(Problem::fieldPath).containsExactly("figure.captions.en[1]");
        assertThat(problems.get(0).message()).contains("57 characters").contains("at most 56");
    }

    @Test
    void badShapesAreNamedByField() {
        parse("{\"english\": [\"a\", \"b\"], \"es\": \"Inicio\", \"fr\": [\"\", \"b\"], \"de\": [\"a\", 3]}");
        assertThat(problems)
                .extracting(Problem::fieldPath)
                .containsExactly(
                        "figure.captions.english",
                        "figure.captions.es",
                        "figure.captions.fr[0]",
                        "figure.captions.de[1]");
        assertThat(problems).noneMatch(Problem::isError);
        problems.clear();
        Figure f = parse("[\"Start\", \"Finish\"]");
        assertThat(f).isNotNull();
        assertThat(problems).extracting(Problem::fieldPath).containsExactly("figure.captions");
    }

    @Test
    void aHeldPositionKeepsCaptionsForWhenItMovesAgain() {
        Figure held = FigureJson.parse(
                "{\"start\": {}, \"captions\": {\"en\": [\"Start\", \"Up\"]}}", "x", "figure", problems);
        assertThat(problems).isEmpty();
        assertThat(held.captions(Locale.ENGLISH)).containsExactly("Start", "Up");
        assertThat(held.withEnd(held.start()).captions(Locale.ENGLISH)).containsExactly("Start", "Up");
    }

    @Test
    void aHeldPositionMayCarryOneCaptionForItsOnePicture() {
        Figure held = FigureJson.parse(
                "{\"start\": {}, \"captions\": {\"en\": [\"Towel round one foot\"]}}", "x", "figure", problems);
        assertThat(problems).isEmpty();
        assertThat(held.captions(Locale.ENGLISH)).containsExactly("Towel round one foot");
        Figure moving = parse("{\"en\": [\"Towel round one foot\"]}");
        assertThat(moving.captions(Locale.ENGLISH))
                .as("one caption for two pictures")
                .isNull();
        assertThat(problems).extracting(Problem::fieldPath).containsExactly("figure.captions.en");
    }

    @Test
    void oneDashedPictureMayCarryOneCaptionLikeAHeldPosition() {
        Figure dashed = FigureJson.parse(
                "{" + POSES + ", \"presentation\": \"OVERLAY\", \"captions\": {\"en\": [\"Toes up, then point\"]}}",
                "x",
                "figure",
                problems);
        assertThat(problems).isEmpty();
        assertThat(dashed.captions(Locale.ENGLISH)).containsExactly("Toes up, then point");
    }

    @Test
    void aBadCaptionInAUserExerciseReachesTheUserWithFileLineAndField(@TempDir Path dir) throws Exception {
        String json = "{\"format\":\"backsheet/exercise\",\"version\":1,\"id\":\"a\",\"name\":\"A\","
                + "\"steps\":[\"x\"],\n\"figure\":{" + POSES + ",\n\"captions\":{\"en\":[\"Start\"]}}}";
        Files.writeString(dir.resolve("a.exercise.json"), json);
        List<Problem> found = new ArrayList<>();
        List<Exercise> loaded = UserLibrary.load(dir, found);
        assertThat(loaded.get(0).figure()).as("the drawing is kept").isNotNull();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).toString())
                .contains("a.exercise.json:3:")
                .contains("figure.captions.en: has 1 caption for 2 pictures; give one per picture");
    }

    @Test
    void theSchemaAllowsTheLongestCaptionTheProgramReads() throws Exception {
        var schema = JsonParser.parseString(Files.readString(Path.of("docs/schema/exercise.schema.json")))
                .getAsJsonObject();
        var item = schema.getAsJsonObject("properties")
                .getAsJsonObject("figure")
                .getAsJsonObject("properties")
                .getAsJsonObject("captions")
                .getAsJsonObject("additionalProperties")
                .getAsJsonObject("items");
        assertThat(item.get("maxLength").getAsInt()).isEqualTo(Figure.CAPTION_MAX_CHARS);
    }
}
