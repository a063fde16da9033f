package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The editor's Spanish bundles say everything the English ones say, and nothing they do not. */
class SpanishTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @ParameterizedTest
    @ValueSource(strings = {"org/backsheet/ui/Editor", "org/backsheet/ui/Safety", "org/backsheet/editor/Messages"})
    void everyKeyIsInBothLanguages(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties spanish = load(bundle + "_es.properties");
        assertThat(spanish.stringPropertyNames()).as(bundle + "_es keys")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : spanish.stringPropertyNames()) {
            assertThat(spanish.getProperty(key)).as(bundle + "_es " + key).isNotBlank();
            // Every text may go through MessageFormat: a stray apostrophe or brace would garble it.
            String formatted = new MessageFormat(spanish.getProperty(key), SPANISH).format(new Object[] {2, 3, "x", 4, 5});
            assertThat(formatted).as(bundle + "_es " + key).doesNotContain("{");
        }
    }

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

    /** Reads a bundle file strictly as UTF-8, as ResourceBundle does; a bad byte fails here, not silently there. */
    private static Properties load(String resource) throws IOException {
        try (InputStream in = SpanishTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError(resource + " is not valid UTF-8", e);
            }
            Properties p = new Properties();
            p.load(new StringReader(text));
            return p;
        }
    }
}
