package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.Test;

/** The library and the sheet's list name exercises in the sheet's language, as the handout prints them. */
class ExerciseNamesTest {

    @Test
    void aSpanishSheetShowsTheSpanishNames() {
        Catalog catalog = BuiltInCatalog.load();
        Exercise translated = catalog.all().stream()
                .filter(e -> e.translations().containsKey("es"))
                .findFirst()
                .orElseThrow();
        EditorController editor = new EditorController(
                catalog,
                Sheet.empty(),
                new FakeFiles(),
                new FakeFiles(),
                EditorPreferences.inMemory(),
                java.time.Clock.systemUTC(),
                new EditorTexts(Locale.ENGLISH));
        assertThat(editor.nameOf(translated)).isEqualTo(translated.name());
        editor.details().setLanguage("es");
        assertThat(editor.nameOf(translated))
                .isEqualTo(translated.translations().get("es").name())
                .isNotEqualTo(translated.name());
    }
}
