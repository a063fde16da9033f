package org.backsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one rule for words: MessageFormat everywhere, plurals by choice, English and never the machine's language. */
class TextsTest {

    private static final String HANDOUT = "org.backsheet.render.HandoutLabels";
    private final Locale machine = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(machine);
    }

    @Test
    void countsAreSingularForOne() {
        Texts english = Texts.load(HANDOUT, "en");
        assertThat(english.get("dose.line.sets", 1)).isEqualTo("1 set");
        assertThat(english.get("dose.line.sets", 3)).isEqualTo("3 sets");
        assertThat(english.get("dose.line.timesPerDay", 1)).isEqualTo("1 time a day");
        Texts spanish = Texts.load(HANDOUT, "es");
        assertThat(spanish.get("dose.line.timesPerDay", 1)).isEqualTo("1 vez al día");
        assertThat(spanish.get("dose.line.timesPerDay", 2)).isEqualTo("2 veces al día");
    }

    @Test
    void anApostropheIsWrittenTwiceAndPrintedOnceWithOrWithoutArguments() {
        assertThat(Texts.load(HANDOUT, "en").get("signature.clinician")).isEqualTo("Clinician's signature");
    }

    @Test
    void anAskedLanguageNeverFallsBackToTheMachines() {
        Locale.setDefault(Locale.forLanguageTag("es-ES"));
        Texts english = Texts.load(HANDOUT, Locale.ENGLISH);
        assertThat(english.get("section.exercises")).isEqualTo("Your exercises");
        Texts german = Texts.load(HANDOUT, "de");
        assertThat(german.get("section.exercises")).isEqualTo("Your exercises");
        assertThat(german.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void numbersFollowTheLanguage() {
        assertThat(Texts.load(HANDOUT, "es").get("footer.page", 1200, 1300)).contains("1.200");
        assertThat(Texts.load(HANDOUT, "en").get("footer.page", 1200, 1300)).contains("1,200");
    }

    @Test
    void aWordTheLanguageLacksComesInEnglish() {
        Texts spanish = Texts.load("org.backsheet.text.Fixture", "es");
        assertThat(spanish.get("both")).isEqualTo("en español");
        assertThat(spanish.get("englishOnly")).isEqualTo("only in English");
    }

    @Test
    void aMissingKeyShowsItself() {
        Texts spanish = Texts.load(HANDOUT, "es");
        assertThat(spanish.has("no.such.key")).isFalse();
        assertThat(spanish.get("no.such.key")).isEqualTo("no.such.key");
    }
}
