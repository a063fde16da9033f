package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;
import org.junit.jupiter.api.Test;

/** The optional {@code subtitle} of an exercise file: read, kept per language with its name, written back. */
class ExerciseSubtitleTest {

    private static final String FILE =
            """
            {"format": "backsheet/exercise", "version": 1, "id": "clinic-piri", "name": "Piriformis stretch",
             "subtitle": "Stretching a deep muscle in your buttock", "steps": ["Lie on your back."],
             "translations": {
               "es": {"name": "Estiramiento del piramidal", "subtitle": "Estirar un músculo profundo del glúteo"},
               "fr": {"name": "Étirement du piriforme"},
               "de": {"purpose": "Dehnt das Gesäß."}}}
            """;

    private static Exercise read(String json) throws FileFormatException {
        return ExerciseReader.read("x.exercise.json", json.getBytes(StandardCharsets.UTF_8), Origin.USER);
    }

    @Test
    void theSubtitleGoesWithTheNameItExplains() throws FileFormatException {
        Exercise e = read(FILE);
        assertThat(e.subtitle()).isEqualTo("Stretching a deep muscle in your buttock");
        assertThat(e.text("en").subtitle()).isEqualTo("Stretching a deep muscle in your buttock");
        assertThat(e.text("es").subtitle()).isEqualTo("Estirar un músculo profundo del glúteo");
        // a translated name without its own subtitle shows none, never the English one under a French name
        assertThat(e.text("fr").subtitle()).isNull();
        // a translation that keeps the English name keeps the English subtitle too
        assertThat(e.text("de").name()).isEqualTo("Piriformis stretch");
        assertThat(e.text("de").subtitle()).isEqualTo("Stretching a deep muscle in your buttock");
    }

    @Test
    void aSubtitleIsWrittenBackAndAnAbsentOneStaysAbsent() throws FileFormatException {
        Exercise e = read(FILE);
        assertThat(read(ExerciseWriter.toJson(e))).isEqualTo(e);
        Exercise plain = read("{\"format\": \"backsheet/exercise\", \"version\": 1, \"id\": \"a\", \"name\": \"A\","
                + " \"steps\": [\"Stand.\"]}");
        assertThat(plain.subtitle()).isNull();
        assertThat(ExerciseWriter.toJson(plain)).doesNotContain("subtitle");
    }
}
