package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The editor's words follow the locale asked for, whatever the machine's own locale is. */
class EditorTextsTest {

    private final Locale machine = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(machine);
    }

    @Test
    void spanishUndoStepNames() {
        assertThat(new EditorTexts(Locale.forLanguageTag("es")).get("edit.language"))
                .isEqualTo("Cambiar idioma de la hoja");
    }

    @Test
    void englishOnASpanishMachineStaysEnglish() {
        Locale.setDefault(Locale.forLanguageTag("es-ES"));
        assertThat(new EditorTexts(Locale.ENGLISH).get("edit.language")).isEqualTo("Change handout language");
        assertThat(EditorTexts.forDefaultLocale().get("edit.language")).isEqualTo("Cambiar idioma de la hoja");
    }

    @Test
    void theSampleHandoutIsInTheEditorsLanguageWhenTheCatalogHasIt() {
        Catalog catalog = BuiltInCatalog.load();
        Sheet spanish = SheetDefaults.sample(
                catalog,
                EditorPreferences.inMemory(),
                LocalDate.of(2026, 11, 22),
                new EditorTexts(Locale.forLanguageTag("es-MX")));
        assertThat(spanish.language()).isEqualTo("es");
        assertThat(spanish.title()).isEqualTo("Su programa para la zona lumbar");
        Sheet german = SheetDefaults.sample(
                catalog, EditorPreferences.inMemory(), LocalDate.of(2026, 11, 22), new EditorTexts(Locale.GERMAN));
        assertThat(german.language()).isEqualTo("en");
        assertThat(german.title()).isEqualTo("Your lower back program");
    }
}
