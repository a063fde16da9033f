package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
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
}
