package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Exercise;
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
        EditorController editor = TestEditors.controller(catalog, new FakeFiles(), new FakeFiles());
        assertThat(editor.nameOf(translated)).isEqualTo(translated.name());
        editor.details().setLanguage("es");
        assertThat(editor.nameOf(translated))
                .isEqualTo(translated.translations().get("es").name())
                .isNotEqualTo(translated.name());
    }
}
