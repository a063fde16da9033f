package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Spanish machine gets the editor's Spanish words, accents intact (every key and pattern: LanguagesTest). */
class SpanishTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @ParameterizedTest
    @ValueSource(strings = {"org.backsheet.ui.Editor", "org.backsheet.ui.Safety", "org.backsheet.editor.Messages"})
    void aSpanishMachineGetsTheSpanishWords(String bundle) {
        ResourceBundle spanish = ResourceBundle.getBundle(bundle, SPANISH);
        assertThat(spanish.getLocale().getLanguage()).isEqualTo("es");
    }

    @Test
    void accentsAreReadAsUtf8() {
        ResourceBundle spanish = ResourceBundle.getBundle("org.backsheet.ui.Editor", SPANISH);
        assertThat(spanish.getString("handout.groupByPosition")).isEqualTo("Agrupar los ejercicios por posición");
        assertThat(spanish.getString("sheet.title")).isEqualTo("Título");
    }
}
