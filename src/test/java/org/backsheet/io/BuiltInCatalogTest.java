package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;
import org.backsheet.model.Position;
import org.junit.jupiter.api.Test;

class BuiltInCatalogTest {

    private final Catalog fixture = BuiltInCatalog.load(getClass().getClassLoader(), "io/fixture-assets");

    @Test
    void readsTheListedExercisesInOrder() {
        assertThat(fixture.all()).extracting(Exercise::id).containsExactly("pelvic-tilt", "bird-dog");
        assertThat(fixture.all()).allMatch(e -> e.origin() == Origin.BUILT_IN);
        Exercise tilt = fixture.find("pelvic-tilt").orElseThrow();
        assertThat(tilt.position()).isEqualTo(Position.LYING_ON_BACK);
        assertThat(tilt.dose().reps()).isEqualTo(10);
        assertThat(tilt.text("es").name()).isEqualTo("Basculación pélvica");
        assertThat(tilt.figure()).isNotNull();
        assertThat(tilt.figure().start().trunk()).isEqualTo(-90);
        assertThat(tilt.unknownFields().asMap()).doesNotContainKey("figure");
    }

    @Test
    void readsTheStandardTextsOfEveryListedLanguage() {
        assertThat(fixture.languages()).containsExactlyInAnyOrder("en", "es");
        assertThat(fixture.standardTexts("es").disclaimer()).isEqualTo("Aviso.");
        assertThat(fixture.standardTexts("fr").language()).isEqualTo("en");
    }

    @Test
    void aBrokenBuiltInFileIsAProgrammingErrorNamingTheFileAndField() {
        assertThatThrownBy(() -> BuiltInCatalog.load(getClass().getClassLoader(), "io/broken-assets"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io/broken-assets/exercises/bird-dog.exercise.json: dose.reps: must be 1 to 100");
    }

    @Test
    void aListedButMissingBuiltInFileIsNamed() {
        assertThatThrownBy(() -> BuiltInCatalog.load(getClass().getClassLoader(), "io/missing-assets"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("io/missing-assets/exercises/ghost.exercise.json: the built-in file is missing from the "
                        + "program");
    }
}
